namespace Timeline.Storage.Neo4j.Writing;

/// <summary>What writing an article's claims produced: the keys its mentions are filed under and each claim's digest.</summary>
internal sealed class WrittenClaims
{
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> MentionDigests { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ReportDigests { get; } = new(StringComparer.Ordinal);
}
