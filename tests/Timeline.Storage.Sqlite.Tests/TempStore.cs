using Timeline.Storage.Sqlite;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>A migrated store on a real SQLite file in its own temporary folder, deleted afterwards.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string folder, SqliteGraphStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "timeline.db");

    public SqliteGraphStore Store { get; }

    public static async Task<TempStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new SqliteGraphStore(new SqliteGraphStoreOptions(Path.Combine(folder, "timeline.db")));
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return new TempStore(folder, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result is what matters.
        }
    }
}
