using Microsoft.Extensions.Logging;
using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Sqlite;

namespace Timeline.Hosting;

/// <summary>Builds the graph store that <see cref="TimelineOptions.Store"/> names.</summary>
public static class GraphStoreFactory
{
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
            // The options were validated at start-up, so the address parses.
            var neo4j = options.Neo4j;
            return Neo4jGraphStore.Create(new Neo4jStoreOptions
            {
                Uri = new Uri(neo4j.Uri!, UriKind.Absolute),
                User = neo4j.User,
                Password = neo4j.Password,
                Database = neo4j.Database,
            }, loggerFactory);
        }
        throw new InvalidOperationException($"Timeline:Store is '{options.Store}'; expected one of: {string.Join(", ", StoreKinds.All)}.");
    }
}
