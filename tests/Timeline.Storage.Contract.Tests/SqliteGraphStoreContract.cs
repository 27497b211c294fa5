using Timeline.Storage.Sqlite;

namespace Timeline.Storage.Contract.Tests;

/// <summary>The contract on the SQLite store: each test gets its own database file in a temporary folder.</summary>
public sealed class SqliteGraphStoreContract : GraphStoreContract
{
    protected override async Task<StoreLease> OpenEmptyStoreAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-contract", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new SqliteGraphStore(new SqliteGraphStoreOptions(Path.Combine(folder, "timeline.db")));
        await store.MigrateAsync(cancellationToken);
        return new StoreLease(store, async () =>
        {
            await store.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the test result is what matters.
            }
        });
    }
}
