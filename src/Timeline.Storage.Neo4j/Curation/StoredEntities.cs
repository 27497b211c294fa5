using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Reading;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Curation;

/// <summary>Stored canonical entities read back as resolved entities (names, keys, members), as curation compares and splits them.</summary>
internal static class StoredEntities
{
    /// <summary>The current entity an id (current, mention or former) finds; null when none.</summary>
    public static async Task<string?> CurrentIdAsync(ICypherRunner cypher, string id, CancellationToken cancellationToken) =>
        (await IdLookup.EntitiesAsync(cypher, [id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>The entity each mention belongs to now; mentions of no entity are absent.</summary>
    public static async Task<Dictionary<string, string>> EntityOfMentionsAsync(ICypherRunner cypher, IEnumerable<string> mentionIds, CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in await cypher.RunAsync("mention-entities", CypherParameters.Of(("ids", CypherParameters.Ids(mentionIds))), cancellationToken))
        {
            map[row.Text("mentionId")] = row.Text("entityId");
        }
        return map;
    }

    /// <summary>The entities of the given ids that exist, by id.</summary>
    public static async Task<Dictionary<string, ResolvedEntity>> LoadAsync(ICypherRunner cypher, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        var list = CypherParameters.Ids(ids);
        if (list.Count == 0) return entities;
        foreach (var r in await cypher.RunAsync("entities-stored-load", CypherParameters.Of(("ids", list)), cancellationToken))
        {
            var id = r.Text("id");
            entities[id] = new ResolvedEntity(id, EntityKinds.Parse(r.Text("kind")), r.Text("name"), Sorted(r.TextList("aliases")),
                r.TextOrNull("description"), JsonText.ReadMap(r.Text("externalIds")), Sorted(r.TextList("members")), Sorted(r.TextList("keys")));
        }
        return entities;
    }

    private static List<string> Sorted(IEnumerable<string> values) => [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
