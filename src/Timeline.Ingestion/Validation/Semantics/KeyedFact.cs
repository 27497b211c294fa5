namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>What a document key names: an entity (with its kind) or an event, and where it is defined.</summary>
internal sealed record KeyedFact(string Key, string Pointer, string? EntityKind)
{
    public bool IsEvent => EntityKind is null;

    /// <summary>"an event" or "a place", "a person", "an organization": for messages.</summary>
    public string Describe() => EntityKind switch
    {
        null => "an event",
        "organization" => "an organization",
        var kind => "a " + kind,
    };
}
