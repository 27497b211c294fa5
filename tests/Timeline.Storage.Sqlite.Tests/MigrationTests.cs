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
    public async Task A_version_2_file_keeps_every_filed_report_and_files_it_by_span_class()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.IngestAsync(new FactsBuilder("a1").Person("p", "Mustafa al-Kadhimi").Place("b", "Baghdad")
            .Event("d", "talks", "Talks on a day", "2020-01-03", "b", null, "p:participant")
            .Event("m", "talks", "Talks in a month", "2020-02", null, null, "p:participant")
            .Event("y", "talks", "Talks in a year", "2019", null, null, "p:participant").Build(), ct);
        const string Filed = "SELECT entity_id || ' ' || type || ' ' || earliest || ' ' || latest || ' ' || report_id FROM report_entities ORDER BY 1";
        var before = await ReadAsync(temp, Filed, ct);
        // Back to the shape version 2 left: no span class.
        await ExecuteAsync(temp, """
            CREATE TABLE v2 (entity_id TEXT NOT NULL, type TEXT NOT NULL, earliest TEXT NOT NULL, latest TEXT NOT NULL,
                report_id TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE, PRIMARY KEY (entity_id, type, earliest, report_id)) WITHOUT ROWID;
            INSERT INTO v2 SELECT entity_id, type, earliest, latest, report_id FROM report_entities;
            DROP TABLE report_entities;
            ALTER TABLE v2 RENAME TO report_entities;
            CREATE INDEX ix_report_entities_report ON report_entities (report_id);
            DELETE FROM schema_version WHERE version = 3;
            """, ct);

        await temp.Store.MigrateAsync(ct);

        Assert.True((await temp.Store.GetSchemaStatusAsync(ct)).IsCurrent);
        Assert.Equal(before, await ReadAsync(temp, Filed, ct));
        Assert.Equal(["a1#d 0", "a1#d 0", "a1#m 2", "a1#y 4"],
            await ReadAsync(temp, "SELECT report_id || ' ' || span_class FROM report_entities ORDER BY 1", ct));
    }

    private static async Task<List<string>> ReadAsync(TempStore temp, string sql, CancellationToken ct)
    {
        await using var connection = await temp.Store.OpenReadConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(ct)) rows.Add(reader.GetString(0));
        return rows;
    }

    private static async Task ExecuteAsync(TempStore temp, string sql, CancellationToken ct)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.DatabasePath};Foreign Keys=True");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
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
