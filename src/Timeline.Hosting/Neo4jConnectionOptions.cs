namespace Timeline.Hosting;

/// <summary>
/// The "Timeline:Neo4j" section, read when <see cref="TimelineOptions.Store"/> is "neo4j": where Neo4j's
/// HTTP Query API answers and who logs in. Environment variables: <c>Timeline__Neo4j__Uri</c> and so on.
/// </summary>
public sealed class Neo4jConnectionOptions
{
    /// <summary>The HTTP address of the Query API, such as http://localhost:7474 (kept as text so a bad value gets a clear message, not a binding error).</summary>
    public string? Uri { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The database; Community Edition has one, "neo4j".</summary>
    public string Database { get; set; } = "neo4j";
}
