using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>The columns of an event row and how they become an <see cref="Event"/>.</summary>
internal static class EventRows
{
    public const string Columns =
        "e.id, e.type, e.title, e.summary, e.when_value, e.when_precision, e.earliest, e.latest, e.when_text, e.place_entity_id, e.tags, e.source_count";

    public static Event Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3),
        DateColumns.Read(r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.NullableString(8)),
        r.NullableString(9), JsonColumns.ReadList(r.GetString(10)), r.GetInt32(11));

    public static async Task<Dictionary<string, Event>> ByIdsAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = await Sql.ListAsync(connection, $"SELECT {Columns} FROM events e WHERE e.id IN (SELECT value FROM json_each($p0))",
            Read, cancellationToken, JsonColumns.List(ids.Distinct(StringComparer.Ordinal)));
        return list.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }
}
