using Timeline.Domain.Curation;
using Timeline.Domain.Model;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Curation;

/// <summary>Reads the merges of stored entities: every entity of two or more mentions, decomposed.</summary>
internal static class MergeCatalog
{
    /// <summary>Every merge the graph holds, by entity id, then merge id.</summary>
    public static async Task<List<EntityMerge>> AllAsync(ICypherRunner cypher, CancellationToken cancellationToken)
    {
        var ids = (await cypher.RunAsync("merged-entities", CypherParameters.None, cancellationToken)).Select(r => r.Text("id")).ToList();
        return await OfAsync(cypher, ids, cancellationToken);
    }

    /// <summary>The merges of the given entities, by entity id, then merge id.</summary>
    public static async Task<List<EntityMerge>> OfAsync(ICypherRunner cypher, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var entities = await StoredEntities.LoadAsync(cypher, entityIds, cancellationToken);
        var mentionIds = entities.Values.SelectMany(e => e.MentionIds).ToList();
        var mentions = (await CurationClaims.LoadMentionsAsync(cypher, mentionIds, cancellationToken)).ToDictionary(m => m.MentionId, StringComparer.Ordinal);
        var decisions = await CurationClaims.LoadDecisionsAsync(cypher, mentionIds, cancellationToken);
        var merges = new List<EntityMerge>();
        foreach (var entity in entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var own = entity.MentionIds.Where(mentions.ContainsKey).Select(id => mentions[id]).ToList();
            var ownIds = entity.MentionIds.ToHashSet(StringComparer.Ordinal);
            var ownDecisions = decisions.Where(d => ownIds.Contains(d.MentionA) && ownIds.Contains(d.MentionB)).ToList();
            merges.AddRange(MergeDecomposer.Decompose(entity, own, ownDecisions));
        }
        return merges;
    }
}
