namespace Timeline.Domain.Ports;

/// <summary>
/// How the article's entity mentions and event reports landed: on a canonical node only this article
/// supports (created), on a node other articles also support (merged), or exactly as the previous
/// version of the article had them (unchanged).
/// </summary>
public sealed record IngestCounts(int Created, int Merged, int Unchanged)
{
    /// <summary>No facts.</summary>
    public static IngestCounts Zero { get; } = new(0, 0, 0);
}
