namespace Timeline.Neo4j.QueryApi;

/// <summary>Where and how <see cref="Neo4jQueryClient"/> reaches Neo4j's HTTP Query API v2.</summary>
public sealed class Neo4jClientOptions
{
    /// <summary>Base address of the HTTP endpoint, e.g. http://localhost:7474 (a path prefix is kept).</summary>
    public Uri Endpoint { get; set; } = new("http://localhost:7474");

    /// <summary>User for basic authentication; empty sends no Authorization header (auth disabled on the server).</summary>
    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = string.Empty;

    /// <summary>Database name; Neo4j's drivers accept only <c>^[a-zA-Z0-9.-]{3,}$</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Upper bound for one HTTP exchange, linked with the caller's cancellation token.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient errors and connection failures.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; each further retry doubles it.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(200);
}
