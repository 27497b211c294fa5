namespace Timeline.Ingestion.Validation;

/// <summary>The check that found an error, in the order the checks run.</summary>
public enum ValidationErrorKind
{
    /// <summary>The document is larger than the configured limit; nothing else was checked.</summary>
    Size,

    /// <summary>The bytes are not well-formed UTF-8 JSON; nothing else was checked.</summary>
    Syntax,

    /// <summary>The document breaks a rule of the JSON Schema.</summary>
    Structure,

    /// <summary>The document fits the schema but contradicts itself (references, kinds, dates, duplicates).</summary>
    Semantics,
}
