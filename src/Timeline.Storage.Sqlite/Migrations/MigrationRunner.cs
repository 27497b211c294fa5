using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Timeline.Storage.Sqlite.Migrations;

/// <summary>Applies pending migrations, each in its own transaction, and records them in schema_version.</summary>
internal sealed partial class MigrationRunner(ILogger logger)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public static async Task<int> AppliedVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0) return 0;
        using var max = connection.CreateCommand();
        max.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateVersionTable;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var applied = await AppliedVersionAsync(connection, cancellationToken);
        if (applied > MigrationCatalog.LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {applied}, newer than this build knows ({MigrationCatalog.LatestVersion}); use a newer build.");
        }
        foreach (var migration in MigrationCatalog.All.Where(m => m.Version > applied))
        {
            using var transaction = connection.BeginTransaction();
            using (var script = connection.CreateCommand())
            {
                script.Transaction = transaction;
                script.CommandText = migration.Sql;
                await script.ExecuteNonQueryAsync(cancellationToken);
            }
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, migration.Version, migration.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
