namespace Timeline.Hosting;

/// <summary>The values <see cref="TimelineOptions.Store"/> accepts.</summary>
public static class StoreKinds
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";

    public static IReadOnlyList<string> All { get; } = [Sqlite, Neo4j];
}
