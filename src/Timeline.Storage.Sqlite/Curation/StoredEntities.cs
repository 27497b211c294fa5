using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>Stored canonical entities read back as resolved entities (names, keys, members), as curation compares and splits them.</summary>
internal static class StoredEntities
{
    private const string Rows = "SELECT id, kind, name, description, external_ids FROM entities WHERE id IN (SELECT value FROM json_each($p0))";
    private const string Aliases = "SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each($p0))";
    private const string Keys = "SELECT entity_id, key FROM entity_keys WHERE entity_id IN (SELECT value FROM json_each($p0))";
    private const string Members = "SELECT entity_id, mention_id FROM entity_members WHERE entity_id IN (SELECT value FROM json_each($p0))";

    // A current id, a mention id, or a former id of a merged or split entity.
    private const string Current = """
        SELECT coalesce(e.id, em.entity_id, fe.id)
        FROM (SELECT $p0 AS value) j
        LEFT JOIN entities e ON e.id = j.value
        LEFT JOIN entity_members em ON em.mention_id = j.value
        LEFT JOIN former_ids f ON f.old_id = j.value
        LEFT JOIN entities fe ON fe.id = f.current_id
        """;

    /// <summary>The current entity an id (current, mention or former) finds; null when none.</summary>
    public static string? CurrentId(IRowReader rows, string id)
    {
        using var reader = rows.Query(Current, id);
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetString(0) : null;
    }

    /// <summary>The entity each mention belongs to now; mentions of no entity are absent.</summary>
    public static Dictionary<string, string> EntityOfMentions(IRowReader rows, IEnumerable<string> mentionIds)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = rows.Query("SELECT mention_id, entity_id FROM entity_members WHERE mention_id IN (SELECT value FROM json_each($p0))",
            JsonColumns.List(mentionIds));
        while (reader.Read()) map[reader.GetString(0)] = reader.GetString(1);
        return map;
    }

    /// <summary>The entities of the given ids that exist, by id.</summary>
    /// <param name="members">False leaves <see cref="ResolvedEntity.MentionIds"/> empty, for comparing names only.</param>
    public static Dictionary<string, ResolvedEntity> Load(IRowReader rows, IEnumerable<string> ids, bool members = true)
    {
        var json = JsonColumns.List(ids.Distinct(StringComparer.Ordinal));
        var aliases = Pairs(rows, Aliases, json);
        var keys = Pairs(rows, Keys, json);
        var memberIds = members ? Pairs(rows, Members, json) : [];
        var entities = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        using var reader = rows.Query(Rows, json);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            entities[id] = new ResolvedEntity(id, EntityKinds.Parse(reader.GetString(1)), reader.GetString(2),
                Sorted(aliases, id), reader.IsDBNull(3) ? null : reader.GetString(3), JsonColumns.ReadMap(reader.GetString(4)),
                Sorted(memberIds, id), Sorted(keys, id));
        }
        return entities;
    }

    private static List<string> Sorted(Dictionary<string, List<string>> lists, string id) =>
        lists.TryGetValue(id, out var list) ? [.. list.Order(StringComparer.Ordinal)] : [];

    private static Dictionary<string, List<string>> Pairs(IRowReader rows, string sql, string json)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = rows.Query(sql, json);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!map.TryGetValue(id, out var list))
            {
                list = [];
                map[id] = list;
            }
            list.Add(reader.GetString(1));
        }
        return map;
    }
}
