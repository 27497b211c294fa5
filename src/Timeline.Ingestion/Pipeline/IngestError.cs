namespace Timeline.Ingestion.Pipeline;

/// <summary>Why a document was refused: where (an RFC 6901 JSON Pointer, "" for the whole document) and why.</summary>
#pragma warning disable CA1720 // RFC 6901 names it a pointer; callers read it as one.
public sealed record IngestError(string Pointer, string Message)
#pragma warning restore CA1720
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "(document)" : Pointer)}: {Message}";
}
