namespace Timeline.Neo4j.QueryApi;

/// <summary>A statement's complete answer: fields, rows of typed values, and the summary around them.</summary>
public sealed record QueryResult
{
    public static QueryResult Empty { get; } = new();

    public IReadOnlyList<string> Fields { get; init; } = [];

    public IReadOnlyList<Neo4jRecord> Records { get; init; } = [];

    /// <summary>Present only when the query asked for counters.</summary>
    public QueryCounters? Counters { get; init; }

    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    public IReadOnlyList<Neo4jNotification> Notifications { get; init; } = [];

    /// <summary>r, rw, w or s; only servers from 2026.07 report it.</summary>
    public string? QueryType { get; init; }
}
