using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>Loads entities by id in three set reads: rows, aliases, and the place each place is part of.</summary>
internal static class EntityRows
{
    private const string Rows = "SELECT id, kind, name, description, external_ids FROM entities WHERE id IN (SELECT value FROM json_each($p0))";
    private const string Aliases = "SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each($p0)) ORDER BY entity_id, alias";

    // A place's partOf: the smallest object entity of its partOf relation claims.
    private const string PartOf = """
        SELECT es.entity_id, min(eo.entity_id)
        FROM entity_members es
        JOIN relation_claims rc ON rc.subject_ref = es.mention_id AND rc.ends = 'entity' AND rc.type = 'partOf'
        JOIN entity_members eo ON eo.mention_id = rc.object_ref
        WHERE es.entity_id IN (SELECT value FROM json_each($p0))
        GROUP BY es.entity_id
        """;

    public static async Task<Dictionary<string, Entity>> ByIdsAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var json = JsonColumns.List(ids.Distinct(StringComparer.Ordinal));
        var rows = await Sql.ListAsync(connection, Rows, r => (Id: r.GetString(0), Kind: r.GetString(1), Name: r.GetString(2),
            Description: r.NullableString(3), ExternalIds: r.GetString(4)), cancellationToken, json);
        var aliases = (await Sql.ListAsync(connection, Aliases, r => (r.GetString(0), r.GetString(1)), cancellationToken, json))
            .ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var partOf = (await Sql.ListAsync(connection, PartOf, r => (r.GetString(0), r.GetString(1)), cancellationToken, json))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var kind = EntityKinds.Parse(row.Kind);
            entities[row.Id] = new Entity(row.Id, kind, row.Name, [.. aliases[row.Id]], row.Description,
                JsonColumns.ReadMap(row.ExternalIds), kind == EntityKind.Place ? partOf.GetValueOrDefault(row.Id) : null);
        }
        return entities;
    }
}
