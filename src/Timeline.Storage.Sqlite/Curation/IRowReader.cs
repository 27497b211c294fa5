using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>
/// Runs a query with positional parameters ($p0, $p1, ...) on either the writer's prepared commands
/// or a read connection, so curation reads one way inside and outside a write transaction.
/// </summary>
internal interface IRowReader
{
    SqliteDataReader Query(string sql, params object?[] values);
}
