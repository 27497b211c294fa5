namespace Timeline.Storage.Neo4j;

/// <summary>Where the Neo4j store finds its server: the HTTP address of the Query API and the credentials.</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Timeline:Neo4j";

    /// <summary>The Query API's HTTP address, such as http://localhost:7474.</summary>
    public Uri? Uri { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The database to use; Community Edition has one, "neo4j".</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one request may take before it is abandoned.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
