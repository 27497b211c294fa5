using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>Per-entity lists for many entities at once, and the entity search.</summary>
internal static class EntityBatches
{
    private const string RelationColumns = """
        rc.type, es.entity_id, eo.entity_id, rc.article_id, rc.quote,
        rc.start_value, rc.start_precision, rc.start_earliest, rc.start_latest, rc.start_text,
        rc.end_value, rc.end_precision, rc.end_earliest, rc.end_latest, rc.end_text
        """;

    private const string Relations = $"""
        SELECT {RelationColumns}, es.entity_id, rc.ordinal
        FROM entity_members es
        JOIN relation_claims rc ON rc.subject_ref = es.mention_id AND rc.ends = 'entity'
        JOIN entity_members eo ON eo.mention_id = rc.object_ref
        WHERE es.entity_id IN (SELECT value FROM json_each($p0))
        UNION ALL
        SELECT {RelationColumns}, eo.entity_id, rc.ordinal
        FROM entity_members eo
        JOIN relation_claims rc ON rc.object_ref = eo.mention_id AND rc.ends = 'entity'
        JOIN entity_members es ON es.mention_id = rc.subject_ref
        WHERE eo.entity_id IN (SELECT value FROM json_each($p0))
        """;

    private const string Associates = """
        SELECT p2.entity_id, count(*) AS shared
        FROM participations p1 JOIN participations p2 ON p2.event_id = p1.event_id AND p2.entity_id <> p1.entity_id
        WHERE p1.entity_id = $p0
        GROUP BY p2.entity_id
        ORDER BY shared DESC, p2.entity_id
        LIMIT $p1
        """;

    public static async Task<Dictionary<string, IReadOnlyList<EntityRelation>>> RelationsAsync(SqliteConnection connection, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, Relations, r => (
            Type: r.GetString(0), Subject: r.GetString(1), Object: r.GetString(2), Claim: new Claim(r.GetString(3), r.GetString(4)),
            Start: ReadTime(r, 5), End: ReadTime(r, 10), Owner: r.GetString(15), Ordinal: r.GetInt32(16)),
            cancellationToken, JsonColumns.List(entityIds));
        return rows.GroupBy(r => r.Owner, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<EntityRelation>)g.GroupBy(r => (r.Type, r.Subject, r.Object))
                .Select(x =>
                {
                    // The bounds of the first claim (by article, then position) that states them.
                    var ordered = x.OrderBy(y => y.Claim.ArticleId, StringComparer.Ordinal).ThenBy(y => y.Ordinal).ToList();
                    return new EntityRelation(ParseType(x.Key.Type), x.Key.Subject, x.Key.Object,
                        ordered.Select(y => y.Start).FirstOrDefault(t => t is not null), ordered.Select(y => y.End).FirstOrDefault(t => t is not null),
                        EventBatches.SortClaims(x.Select(y => y.Claim)));
                })
                .OrderBy(x => x.Type).ThenBy(x => x.SubjectEntityId, StringComparer.Ordinal).ThenBy(x => x.ObjectEntityId, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<Associate>> AssociatesAsync(SqliteConnection connection, string entityId, int limit, CancellationToken cancellationToken)
    {
        var counts = await Sql.ListAsync(connection, Associates, r => (r.GetString(0), r.GetInt32(1)), cancellationToken, entityId, limit);
        var entities = await EntityRows.ByIdsAsync(connection, counts.Select(c => c.Item1), cancellationToken);
        return counts.Where(c => entities.ContainsKey(c.Item1)).Select(c => new Associate(entities[c.Item1], c.Item2)).ToList();
    }

    public static async Task<Page<Entity>> SearchAsync(SqliteConnection connection, EntitySearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        search.Page.Validate();
        var conditions = new List<string>();
        var values = new List<object?>();
        void Add(string condition, object? value)
        {
            conditions.Add(condition.Replace("{0}", "$p" + values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            values.Add(value);
        }
        if (search.Text is not null)
        {
            var match = FtsQuery.Prefixes(search.Text);
            if (match is not null) Add("e.rowid IN (SELECT rowid FROM entity_fts WHERE entity_fts MATCH {0})", match);
        }
        if (search.Kinds is { Count: > 0 }) Add("e.kind IN (SELECT value FROM json_each({0}))", JsonColumns.List(search.Kinds.Select(EntityKinds.Name)));
        var forward = !search.Page.IsBackward;
        if (search.Page.After is not null)
        {
            var (name, id) = OpaqueCursor.DecodePair(search.Page.After, "after");
            Add("(e.sort_name, e.id) > ({0}, " + "$p" + (values.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", name);
            values.Add(id);
        }
        if (search.Page.Before is not null)
        {
            var (name, id) = OpaqueCursor.DecodePair(search.Page.Before, "before");
            Add("(e.sort_name, e.id) < ({0}, " + "$p" + (values.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", name);
            values.Add(id);
        }
        var where = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        var order = forward ? "e.sort_name ASC, e.id ASC" : "e.sort_name DESC, e.id DESC";
        var rows = await Sql.ListAsync(connection, $"SELECT e.id, e.sort_name FROM entities e WHERE {where} ORDER BY {order} LIMIT {search.Page.Size + 1}",
            r => (Id: r.GetString(0), Sort: r.GetString(1)), cancellationToken, [.. values]);
        var entities = await EntityRows.ByIdsAsync(connection, rows.Select(r => r.Id), cancellationToken);
        var sortNames = rows.ToDictionary(r => r.Id, r => r.Sort, StringComparer.Ordinal);
        var list = rows.Select(r => entities[r.Id]).ToList();
        return KeysetPaging.Build(list, search.Page, e => OpaqueCursor.EncodePair(sortNames[e.Id], e.Id), null);
    }

    private static TimePoint? ReadTime(SqliteDataReader r, int first) => r.IsDBNull(first)
        ? null
        : DateColumns.Read(r.GetString(first), r.GetString(first + 1), r.GetString(first + 2), r.GetString(first + 3), r.NullableString(first + 4));

    private static EntityRelationType ParseType(string name) =>
        RelationTypes.TryParseEntityType(name, out var type) ? type : throw new InvalidOperationException($"Stored entity relation type \"{name}\" is unknown.");
}
