using Microsoft.Data.Sqlite;
using Timeline.Storage.Sqlite.Curation;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Prepared commands of the writer connection, created once per SQL text and reused for every
/// document: SQLite keeps each compiled statement, so the hot ingestion path never re-parses SQL.
/// Parameters are positional ($p0, $p1, ...) in the order the SQL text uses them.
/// </summary>
internal sealed class CommandCache(SqliteConnection connection) : IRowReader, IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction? Transaction { get; set; }

    public SqliteCommand Get(string sql, int parameterCount)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < parameterCount; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        return command;
    }

    public int Execute(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    public SqliteDataReader Query(string sql, params object?[] values) => Bind(sql, values).ExecuteReader();

    public object? Scalar(string sql, params object?[] values) => Bind(sql, values).ExecuteScalar();

    private SqliteCommand Bind(string sql, object?[] values)
    {
        var command = Get(sql, values.Length);
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
