using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>Opens connections to the store's file with the pragmas every connection needs.</summary>
internal sealed class SqliteConnections
{
    private readonly string _connectionString;

    public SqliteConnections(SqliteGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new ArgumentException("The SQLite database path must not be empty.", nameof(options));
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (folder is not null) Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var pragma = connection.CreateCommand();
            // WAL lets readers run beside the writer; NORMAL is durable at checkpoints and safe under WAL.
            // Checkpoints (the only writes that sync) come every 8192 pages instead of 1000: one document
            // dirties a few hundred pages, so the default checkpointed, and synced, every few documents.
            // The WAL file is truncated back to 64 MiB after a checkpoint so it does not stay large.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; "
                + "PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=8192; PRAGMA journal_size_limit=67108864;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
