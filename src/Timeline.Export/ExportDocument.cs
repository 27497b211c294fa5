using Timeline.Domain.Ports;

namespace Timeline.Export;

/// <summary>
/// A whole store, store-neutral: the claims that rebuild it (articles' facts and curation decisions)
/// and the graph derived from them, for readers of the file.
/// </summary>
public sealed record ExportDocument(StoredClaims Claims, ExportGraph Graph)
{
    /// <summary>The value of the file's "format" member.</summary>
    public const string FormatName = "timeline-export";

    /// <summary>The file version this build writes and reads.</summary>
    public const int Version = 1;
}
