using Microsoft.Extensions.Logging;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite;

namespace Timeline.Hosting;

/// <summary>Builds the graph store that <see cref="TimelineOptions.Store"/> names.</summary>
public static class GraphStoreFactory
{
    public const string Neo4jUnavailable =
        "Timeline:Store is 'neo4j', but this build has no Neo4j graph store (the Timeline.Storage.Neo4j project is not part of it). " +
        "Set Timeline:Store to 'sqlite' to use the embedded store.";

    public static IGraphStore Create(TimelineOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (string.Equals(options.Store, StoreKinds.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteGraphStore(new SqliteGraphStoreOptions(options.DatabasePath), loggerFactory.CreateLogger<SqliteGraphStore>());
        }
        if (string.Equals(options.Store, StoreKinds.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Neo4jUnavailable);
        }
        throw new InvalidOperationException($"Timeline:Store is '{options.Store}'; expected one of: {string.Join(", ", StoreKinds.All)}.");
    }
}
