namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// One Cypher statement and its parameters (the Query API takes exactly one statement per request).
/// Parameter values follow the CLR mapping of <see cref="Neo4jTypedJson"/>.
/// </summary>
public sealed record Neo4jQuery
{
    public Neo4jQuery(string statement, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        Statement = statement;
        Parameters = parameters ?? new Dictionary<string, object?>();
    }

    public string Statement { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>Ask the server for update counters (nodes created, properties set, ...).</summary>
    public bool IncludeCounters { get; init; }
}
