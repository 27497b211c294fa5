using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Storage.Sqlite.Curation;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// A derived entity as the store holds it (row, aliases, keys, members), read back so that a new
/// derivation writes only what differs: an entity that a document leaves as it was costs no write,
/// and a hub entity that gains one mention gains one member row.
/// </summary>
internal sealed class StoredEntity
{
    private const string Rows = "SELECT id, rowid, kind, name, sort_name, description, external_ids FROM entities WHERE id IN (SELECT value FROM json_each($p0))";
    private const string Aliases = "SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each($p0))";
    private const string Keys = "SELECT entity_id, key FROM entity_keys WHERE entity_id IN (SELECT value FROM json_each($p0))";
    private const string Members = "SELECT entity_id, mention_id FROM entity_members WHERE entity_id IN (SELECT value FROM json_each($p0))";

    public long RowId { get; private init; }

    /// <summary>kind, name, sort_name, description, external_ids: the columns after id, in table order.</summary>
    public required object?[] Row { get; init; }

    public HashSet<string> AliasSet { get; } = new(StringComparer.Ordinal);

    public HashSet<string> KeySet { get; } = new(StringComparer.Ordinal);

    public HashSet<string> MemberSet { get; } = new(StringComparer.Ordinal);

    /// <param name="members">False leaves <see cref="MemberSet"/> empty: a hub has as many members as articles name it.</param>
    public static Dictionary<string, StoredEntity> Load(IRowReader rows, IEnumerable<string> ids, bool members = true)
    {
        var stored = new Dictionary<string, StoredEntity>(StringComparer.Ordinal);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return stored;
        var json = JsonColumns.List(distinct);
        using (var reader = rows.Query(Rows, json))
        {
            while (reader.Read())
            {
                stored[reader.GetString(0)] = new StoredEntity
                {
                    RowId = reader.GetInt64(1),
                    Row = [reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)],
                };
            }
        }
        Fill(rows, Aliases, json, stored, e => e.AliasSet);
        Fill(rows, Keys, json, stored, e => e.KeySet);
        if (members) Fill(rows, Members, json, stored, e => e.MemberSet);
        return stored;
    }

    /// <summary>The entity as resolved, with the members loaded (none when they were not).</summary>
    public ResolvedEntity ToResolved(string id) => new(id, EntityKinds.Parse((string)Row[0]!), (string)Row[1]!,
        [.. AliasSet.Order(StringComparer.Ordinal)], (string?)Row[3], JsonColumns.ReadMap((string)Row[4]!),
        [.. MemberSet.Order(StringComparer.Ordinal)], [.. KeySet.Order(StringComparer.Ordinal)]);

    public bool SameRow(object?[] row)
    {
        for (var i = 0; i < Row.Length; i++)
        {
            if (!Equals(Row[i], row[i])) return false;
        }
        return true;
    }

    private static void Fill(IRowReader rows, string sql, string json, Dictionary<string, StoredEntity> stored, Func<StoredEntity, HashSet<string>> set)
    {
        using var reader = rows.Query(sql, json);
        while (reader.Read())
        {
            if (stored.TryGetValue(reader.GetString(0), out var entity)) set(entity).Add(reader.GetString(1));
        }
    }
}
