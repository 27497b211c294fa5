using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Storage.Sqlite.Curation;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Finds the new mentions of a new article that join one stored entity on their own, so that the entity
/// is brought up to date from its tallies (<see cref="EntityAbsorption"/>) instead of resolving its whole
/// key component: the mentions' keys lead to that entity and to nothing else stored or new, no other
/// entity shares a key with it, and no curator decision exists. Everything else is derived in full.
/// </summary>
internal sealed class EntityAbsorber(CommandCache commands)
{
    private const string EntitiesOfKeys = "SELECT key, entity_id FROM entity_keys WHERE key IN (SELECT value FROM json_each($p0))";
    private const string SharingKeys = """
        SELECT DISTINCT other.entity_id FROM entity_keys own CROSS JOIN entity_keys other ON other.key = own.key
        WHERE own.entity_id = $p0 AND other.entity_id <> $p0
        """;
    private const string Tallies = """
        SELECT m.name, m.description, count(*)
        FROM entity_members em CROSS JOIN mentions m ON m.mention_id = em.mention_id
        WHERE em.entity_id = $p0 GROUP BY m.name, m.description
        """;

    /// <summary>An entity as stored (without its members) and brought up to date with its joining mentions (its mention ids being those).</summary>
    public sealed record Absorbed(StoredEntity Before, ResolvedEntity Entity, IReadOnlyList<EntityMention> Joining);

    public List<Absorbed> Plan(IReadOnlyList<EntityMention> newMentions)
    {
        var absorbed = new List<Absorbed>();
        if (newMentions.Count == 0 || CurationClaims.AnyDecisions(commands)) return absorbed;
        var keysOf = newMentions.ToDictionary(m => m.MentionId, EntityKeys.For, StringComparer.Ordinal);
        var entitiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = commands.Query(EntitiesOfKeys, JsonColumns.List(keysOf.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal))))
        {
            while (reader.Read())
            {
                if (!entitiesOf.TryGetValue(reader.GetString(0), out var list)) entitiesOf[reader.GetString(0)] = list = [];
                list.Add(reader.GetString(1));
            }
        }

        // New mentions sharing a key belong together, and every group that leads to an entity joins it at
        // once; an entity that some group reaches along with another is derived in full.
        var groups = KeyGroups(newMentions, keysOf)
            .Select(g => (Mentions: g, Entities: g.SelectMany(m => keysOf[m.MentionId]).SelectMany(k => entitiesOf.GetValueOrDefault(k) ?? [])
                .Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var entangled = groups.Where(g => g.Entities.Count > 1).SelectMany(g => g.Entities).ToHashSet(StringComparer.Ordinal);
        foreach (var joiningOne in groups.Where(g => g.Entities.Count == 1).GroupBy(g => g.Entities[0], StringComparer.Ordinal))
        {
            var entityId = joiningOne.Key;
            if (entangled.Contains(entityId) || Shared(entityId)) continue;
            var before = StoredEntity.Load(commands, [entityId], members: false).GetValueOrDefault(entityId);
            if (before is null) continue;
            var (names, descriptions) = Tally(entityId);
            var joining = joiningOne.SelectMany(g => g.Mentions).OrderBy(m => m.MentionId, StringComparer.Ordinal).ToList();
            if (EntityAbsorption.Absorb(before.ToResolved(entityId), names, descriptions, joining) is { } result)
            {
                absorbed.Add(new Absorbed(before, result, joining));
            }
        }
        return absorbed;
    }

    private bool Shared(string entityId)
    {
        using var reader = commands.Query(SharingKeys, entityId);
        return reader.Read();
    }

    private (Dictionary<string, int> Names, Dictionary<string, int> Descriptions) Tally(string entityId)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var descriptions = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = commands.Query(Tallies, entityId);
        while (reader.Read())
        {
            var count = reader.GetInt32(2);
            names[reader.GetString(0)] = names.GetValueOrDefault(reader.GetString(0)) + count;
            if (!reader.IsDBNull(1)) descriptions[reader.GetString(1)] = descriptions.GetValueOrDefault(reader.GetString(1)) + count;
        }
        return (names, descriptions);
    }

    private static IEnumerable<List<EntityMention>> KeyGroups(IReadOnlyList<EntityMention> mentions, Dictionary<string, IReadOnlyList<string>> keysOf)
    {
        var groupOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < mentions.Count; i++)
        {
            foreach (var key in keysOf[mentions[i].MentionId])
            {
                if (groupOfKey.TryGetValue(key, out var other)) parent[Root(i)] = Root(other);
                else groupOfKey[key] = i;
            }
        }
        return Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g => g.Select(i => mentions[i]).ToList());
    }
}
