using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Timeline.Ingestion.Benchmarks;

/// <summary>
/// The floor to compare against: the very rows the pipeline wrote (claims, derived graph and
/// full-text entries), read back and inserted into a fresh file of the same schema with prepared
/// INSERTs: no parsing, validation, resolution or merging. Rows are taken table by table in the order
/// the file holds them (by key), so each transaction's rows lie closer together than a document's
/// do, and foreign keys are not checked: both favour the bare rate.
/// </summary>
internal static class BareInsert
{
    private static readonly string[] Tables =
    [
        "articles", "mentions", "mention_keys", "reports", "report_participants", "relation_claims",
        "entities", "entity_aliases", "entity_keys", "entity_members", "merge_candidates",
        "events", "event_reports", "participations", "event_tags", "conflicts", "report_entities", "former_ids",
    ];

    public static List<(string Table, List<object?[]> Rows)> ReadRows(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        var tables = new List<(string, List<object?[]>)>();
        foreach (var table in Tables)
        {
            tables.Add((table, Read(connection, $"SELECT * FROM {table}")));
        }
        tables.Add(("event_fts(rowid, title, summary)", Read(connection, "SELECT rowid, title, summary FROM events")));
        tables.Add(("entity_fts(rowid, names)", Read(connection, "SELECT rowid, name FROM entities")));
        return tables;
    }

    /// <summary>
    /// Inserts the rows in <paramref name="transactions"/> transactions, each taking an equal share of
    /// every table (1: all in one; the document count: one a document, as ingestion commits); returns
    /// the elapsed time of the inserts and the commits.
    /// </summary>
    public static TimeSpan Run(string databasePath, List<(string Table, List<object?[]> Rows)> tables, int transactions)
    {
        // Without foreign-key checks: a share of one table may refer to rows of another's later share.
        using var connection = new SqliteConnection($"Data Source={databasePath};Foreign Keys=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=8192;";
            pragma.ExecuteNonQuery();
        }
        var inserts = new List<(SqliteCommand Command, List<object?[]> Rows)>();
        foreach (var (table, rows) in tables.Where(t => t.Rows.Count > 0))
        {
            var width = rows[0].Length;
            var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(0, width).Select(i => "$p" + i))})";
            for (var i = 0; i < width; i++) insert.Parameters.Add(new SqliteParameter("$p" + i, null));
            insert.Prepare();
            inserts.Add((insert, rows));
        }

        var watch = Stopwatch.StartNew();
        for (var t = 0; t < transactions; t++)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var (insert, rows) in inserts)
            {
                insert.Transaction = transaction;
                var (from, to) = ((int)((long)rows.Count * t / transactions), (int)((long)rows.Count * (t + 1) / transactions));
                for (var r = from; r < to; r++)
                {
                    for (var i = 0; i < rows[r].Length; i++) insert.Parameters[i].Value = rows[r][i] ?? DBNull.Value;
                    insert.ExecuteNonQuery();
                }
            }
            transaction.Commit();
        }
        var elapsed = watch.Elapsed;
        foreach (var (insert, _) in inserts) insert.Dispose();
        return elapsed;
    }

    private static List<object?[]> Read(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
