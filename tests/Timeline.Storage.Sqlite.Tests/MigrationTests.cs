using Timeline.Storage.Sqlite;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task A_fresh_file_is_migrated_to_the_latest_version_in_WAL_mode()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        var status = await temp.Store.GetSchemaStatusAsync(ct);

        Assert.True(status.IsCurrent);
        Assert.Equal(SqliteGraphStore.LatestSchemaVersion, status.AppliedVersion);
        await using var connection = await temp.Store.OpenReadConnectionAsync(ct);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync(ct));
        pragma.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, (long?)await pragma.ExecuteScalarAsync(ct));
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await temp.Store.IngestAsync(new FactsBuilder("a1").Person("p", "Mustafa al-Kadhimi").Build(), ct);

        await temp.Store.MigrateAsync(ct);
        await temp.Store.MigrateAsync(ct);

        await using var connection = await temp.Store.OpenReadConnectionAsync(ct);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM schema_version";
        Assert.Equal((long)SqliteGraphStore.LatestSchemaVersion, (long?)await count.ExecuteScalarAsync(ct));
        Assert.Equal(1, (await temp.Store.CountAsync(ct)).Entities);
    }

    [Fact]
    public async Task An_unmigrated_file_reports_version_zero()
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-store-tests", Guid.NewGuid().ToString("N"));
        await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions(Path.Combine(folder, "empty.db")));

        var status = await store.GetSchemaStatusAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, status.AppliedVersion);
        Assert.False(status.IsCurrent);
    }
}
