namespace Timeline.Ingestion.Validation;

/// <summary>
/// One reason a document was refused: where (an RFC 6901 JSON Pointer into the document,
/// "" for the whole document) and why, in words meant for the person who wrote it.
/// </summary>
#pragma warning disable CA1720 // RFC 6901 names it a pointer; callers read it as one.
public sealed record ValidationError(string Pointer, string Message)
#pragma warning restore CA1720
{
    /// <summary>Which check found the error; callers that add their own errors get <see cref="ValidationErrorKind.Semantics"/>.</summary>
    public ValidationErrorKind Kind { get; init; } = ValidationErrorKind.Semantics;

    public override string ToString() => $"{(Pointer.Length == 0 ? "(document)" : Pointer)}: {Message}";
}
