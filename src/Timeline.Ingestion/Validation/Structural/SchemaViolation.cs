namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// One failed schema assertion: where in the document, which keyword, why in words, and (where the
/// message may be reworded) the offending value as shown to the reader.
/// </summary>
internal sealed record SchemaViolation(string Pointer, string Keyword, string Message, string? Actual = null);
