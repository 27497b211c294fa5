using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Storage.Neo4j;
using Xunit;

namespace Timeline.Storage.Contract.Tests;

/// <summary>
/// The contract on the Neo4j store. Community Edition has one database, so each test empties it first
/// (every node and relationship, in batches; the schema stays) and tests hold one store at a time. Skipped,
/// saying why, when neither NEO4J_URI nor a Docker engine is available.
/// </summary>
public sealed class Neo4jGraphStoreContract(Neo4jServer server) : GraphStoreContract, IClassFixture<Neo4jServer>
{
    protected override async Task<StoreLease> OpenEmptyStoreAsync(CancellationToken cancellationToken)
    {
        if (server.Options is null) Assert.Skip(server.SkipReason ?? "Neo4j contract tests skipped: no server.");
        await server.EmptyAsync(cancellationToken);
        var store = Neo4jGraphStore.Create(server.Options, NullLoggerFactory.Instance);
        await store.MigrateAsync(cancellationToken);
        return new StoreLease(store, () =>
        {
            store.Dispose();
            return ValueTask.CompletedTask;
        });
    }
}
