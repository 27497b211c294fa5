namespace Timeline.Hosting;

/// <summary>
/// The "Timeline" configuration section, shared by every executable (host, worker, CLI).
/// Environment variables use the usual double underscore: <c>Timeline__DataDirectory</c>.
/// </summary>
public sealed class TimelineOptions
{
    public const string SectionName = "Timeline";

    /// <summary>Folder holding the embedded database and the inbox; relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Which graph store serves the data: "sqlite" (embedded, the default) or "neo4j".</summary>
    public string Store { get; set; } = StoreKinds.Sqlite;

    public IngestionOptions Ingestion { get; set; } = new();

    /// <summary>The Neo4j server, used when <see cref="Store"/> is "neo4j".</summary>
    public Neo4jConnectionOptions Neo4j { get; set; } = new();

    /// <summary>The SQLite database file inside <see cref="DataDirectory"/>.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "timeline.db");
}
