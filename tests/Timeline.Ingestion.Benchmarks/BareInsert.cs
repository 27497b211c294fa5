using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Timeline.Ingestion.Benchmarks;

/// <summary>
/// The floor to compare against: the very rows the pipeline wrote (claims, derived graph and
/// full-text entries), read back and inserted into a fresh file of the same schema with prepared
/// INSERTs in one transaction: no parsing, validation, resolution or merging.
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

    /// <summary>Inserts the rows; returns the elapsed time of the inserts and the commit.</summary>
    public static TimeSpan Run(string databasePath, List<(string Table, List<object?[]> Rows)> tables)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Foreign Keys=True");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;";
            pragma.ExecuteNonQuery();
        }
        var watch = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        foreach (var (table, rows) in tables)
        {
            if (rows.Count == 0) continue;
            var width = rows[0].Length;
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(0, width).Select(i => "$p" + i))})";
            for (var i = 0; i < width; i++) insert.Parameters.Add(new SqliteParameter("$p" + i, null));
            insert.Prepare();
            var started = watch.Elapsed;
            foreach (var row in rows)
            {
                for (var i = 0; i < width; i++) insert.Parameters[i].Value = row[i] ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
            Console.WriteLine(FormattableString.Invariant($"  bare {table}: {rows.Count} rows, {(watch.Elapsed - started).TotalMilliseconds:F0} ms"));
        }
        transaction.Commit();
        return watch.Elapsed;
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
