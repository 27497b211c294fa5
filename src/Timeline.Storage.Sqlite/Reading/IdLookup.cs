using Microsoft.Data.Sqlite;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>
/// Finds the current node for any id a caller may hold: a current id, a mention or report id
/// ("{articleId}#{key}"), or the former id of a node that was merged or split.
/// </summary>
internal static class IdLookup
{
    private const string Entities = """
        SELECT j.value, coalesce(e.id, em.entity_id, fe.id)
        FROM json_each($p0) j
        LEFT JOIN entities e ON e.id = j.value
        LEFT JOIN entity_members em ON em.mention_id = j.value
        LEFT JOIN former_ids f ON f.old_id = j.value
        LEFT JOIN entities fe ON fe.id = f.current_id
        """;

    private const string Events = """
        SELECT j.value, coalesce(e.id, er.event_id, fe.id)
        FROM json_each($p0) j
        LEFT JOIN events e ON e.id = j.value
        LEFT JOIN event_reports er ON er.report_id = j.value
        LEFT JOIN former_ids f ON f.old_id = j.value
        LEFT JOIN events fe ON fe.id = f.current_id
        """;

    /// <summary>Requested id to current entity id; unknown ids are absent.</summary>
    public static Task<Dictionary<string, string>> EntitiesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        MapAsync(connection, Entities, ids, cancellationToken);

    /// <summary>Requested id to current event id; unknown ids are absent.</summary>
    public static Task<Dictionary<string, string>> EventsAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        MapAsync(connection, Events, ids, cancellationToken);

    private static async Task<Dictionary<string, string>> MapAsync(SqliteConnection connection, string sql, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Sql.Command(connection, sql, JsonColumns.List(ids.Distinct(StringComparer.Ordinal)));
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(1)) map[reader.GetString(0)] = reader.GetString(1);
        }
        return map;
    }
}
