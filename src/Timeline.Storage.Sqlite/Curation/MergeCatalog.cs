using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>Reads the merges of stored entities: every entity of two or more mentions, decomposed.</summary>
internal static class MergeCatalog
{
    private const string MergedEntities = "SELECT entity_id FROM entity_members GROUP BY entity_id HAVING count(*) > 1 ORDER BY entity_id";

    /// <summary>Every merge the graph holds, by entity id, then merge id.</summary>
    public static List<EntityMerge> All(IRowReader rows)
    {
        var ids = new List<string>();
        using (var reader = rows.Query(MergedEntities))
        {
            while (reader.Read()) ids.Add(reader.GetString(0));
        }
        return Of(rows, ids);
    }

    /// <summary>The merges of the given entities, by entity id, then merge id.</summary>
    public static List<EntityMerge> Of(IRowReader rows, IReadOnlyCollection<string> entityIds)
    {
        var entities = StoredEntities.Load(rows, entityIds);
        var mentionIds = entities.Values.SelectMany(e => e.MentionIds).ToList();
        var mentions = CurationClaims.LoadMentions(rows, mentionIds).ToDictionary(m => m.MentionId, StringComparer.Ordinal);
        var decisions = CurationClaims.LoadDecisions(rows, mentionIds);
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
