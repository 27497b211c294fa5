using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Storage.Sqlite.Writing;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>Stored canonical entities read back as resolved entities (names, keys, members), as curation compares and splits them.</summary>
internal static class StoredEntities
{
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
    public static Dictionary<string, ResolvedEntity> Load(IRowReader rows, IEnumerable<string> ids, bool members = true) =>
        StoredEntity.Load(rows, ids, members).ToDictionary(p => p.Key, p => p.Value.ToResolved(p.Key), StringComparer.Ordinal);
}
