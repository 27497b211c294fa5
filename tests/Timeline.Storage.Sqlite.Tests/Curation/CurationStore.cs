using Timeline.Domain.Model;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests.Curation;

/// <summary>A migrated store on a real SQLite file with a test clock, in its own temporary folder.</summary>
internal sealed class CurationStore : IAsyncDisposable
{
    private readonly string _folder;

    private CurationStore(string folder, SqliteGraphStore store, SteppingClock clock)
    {
        _folder = folder;
        Store = store;
        Clock = clock;
    }

    public SqliteGraphStore Store { get; }

    public SteppingClock Clock { get; }

    public static async Task<CurationStore> CreateAsync(params ArticleFacts[] articles)
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-curation-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new SteppingClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var store = new SqliteGraphStore(new SqliteGraphStoreOptions(Path.Combine(folder, "timeline.db")), timeProvider: clock);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        foreach (var article in articles) await store.IngestAsync(article, TestContext.Current.CancellationToken);
        return new CurationStore(folder, store, clock);
    }

    public async Task<string> ExportAsync() => (await Store.ExportAsync(TestContext.Current.CancellationToken)).ToText();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result is what matters.
        }
    }
}
