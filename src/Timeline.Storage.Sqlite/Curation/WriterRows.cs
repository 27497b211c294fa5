using Microsoft.Data.Sqlite;
using Timeline.Storage.Sqlite.Writing;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>Reads through the writer's prepared commands, inside its transaction.</summary>
internal sealed class WriterRows(CommandCache commands) : IRowReader
{
    public SqliteDataReader Query(string sql, params object?[] values) => commands.Query(sql, values);
}
