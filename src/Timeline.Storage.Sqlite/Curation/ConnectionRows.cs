using Microsoft.Data.Sqlite;
using Timeline.Storage.Sqlite.Reading;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>Reads on a read connection; the commands live as long as this object.</summary>
internal sealed class ConnectionRows(SqliteConnection connection) : IRowReader, IDisposable
{
    private readonly List<SqliteCommand> _commands = [];

    public SqliteDataReader Query(string sql, params object?[] values)
    {
        var command = Sql.Command(connection, sql, values);
        _commands.Add(command);
        return command.ExecuteReader();
    }

    public void Dispose()
    {
        foreach (var command in _commands) command.Dispose();
        _commands.Clear();
    }
}
