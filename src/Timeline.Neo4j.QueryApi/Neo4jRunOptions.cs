namespace Timeline.Neo4j.QueryApi;

/// <summary>How an auto-commit query or a new transaction runs.</summary>
public sealed record Neo4jRunOptions
{
    public static Neo4jRunOptions Write { get; } = new();

    public static Neo4jRunOptions Read { get; } = new() { AccessMode = Neo4jAccessMode.Read };

    public Neo4jAccessMode AccessMode { get; init; } = Neo4jAccessMode.Write;

    /// <summary>Bookmarks to wait for; null sends the client's last bookmarks (read-your-writes).</summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }
}
