using System.Security.Cryptography;
using System.Text;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;

namespace Timeline.Domain.Curation;

/// <summary>
/// Tells which merges made an entity: its mentions are joined again in the order of the rules
/// (external-id keys, then name keys, each key's mentions in id order; then curator decisions),
/// and every join of two groups is a merge. Automatic joins come first, so a curated merge's sides
/// are the entities the rules alone would have made. Each side's entity is found by resolving the
/// entity's mentions with the merge undone, which is exactly what an undo leaves.
/// </summary>
public static class MergeDecomposer
{
    public static IReadOnlyList<EntityMerge> Decompose(ResolvedEntity entity, IReadOnlyList<EntityMention> mentions, IReadOnlyList<StoredDecision> decisions)
    {
        if (mentions.Count < 2) return [];
        var evidence = mentions.Select(MentionEvidence.Of).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++) index[mentions[i].MentionId] = i;
        var present = decisions.Where(d => index.ContainsKey(d.MentionA) && index.ContainsKey(d.MentionB)).ToList();
        var different = present.Where(d => !d.Same).Select(d => Ordered(index[d.MentionA], index[d.MentionB])).ToHashSet();

        var steps = new MergeSteps(evidence, different);
        var kindPrefix = EntityKeys.KindPrefix(entity.Kind) + ":";
        var byKey = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < evidence.Count; i++)
        {
            foreach (var key in evidence[i].Keys)
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add(i);
            }
        }
        var ordered = byKey.Where(k => !k.Key.StartsWith(kindPrefix, StringComparison.Ordinal))
            .Concat(byKey.Where(k => k.Key.StartsWith(kindPrefix, StringComparison.Ordinal)));
        foreach (var (_, group) in ordered)
        {
            for (var i = 1; i < group.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (steps.TryJoin(group[j], group[i], forced: false)) break;
                }
            }
        }
        foreach (var same in present.Where(d => d.Same)) steps.TryJoin(index[same.MentionA], index[same.MentionB], forced: true);

        var merges = new List<EntityMerge>(steps.Steps.Count);
        foreach (var (a, b) in steps.Steps)
        {
            var (left, right) = a[0] < b[0] ? (a, b) : (b, a);
            merges.Add(Describe(entity, mentions, evidence, present, left, right));
        }
        merges.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return merges;
    }

    /// <summary>The stable id of a merge of two groups of mentions, whatever order the articles came in.</summary>
    public static string MergeId(IEnumerable<string> leftMentionIds, IEnumerable<string> rightMentionIds) =>
        "merge-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(",", leftMentionIds) + "|" + string.Join(",", rightMentionIds))))[..12];

    private static EntityMerge Describe(ResolvedEntity entity, IReadOnlyList<EntityMention> mentions, List<MentionEvidence> evidence,
        List<StoredDecision> decisions, IReadOnlyList<int> left, IReadOnlyList<int> right)
    {
        var leftIds = left.Select(i => mentions[i].MentionId).ToList();
        var rightIds = right.Select(i => mentions[i].MentionId).ToList();
        var leftSet = leftIds.ToHashSet(StringComparer.Ordinal);
        var rightSet = rightIds.ToHashSet(StringComparer.Ordinal);
        bool Across(StoredDecision d) => (leftSet.Contains(d.MentionA) && rightSet.Contains(d.MentionB)) || (rightSet.Contains(d.MentionA) && leftSet.Contains(d.MentionB));

        var items = new List<MergeEvidence>();
        var curatedPairs = decisions.Where(d => d.Same && Across(d)).ToList();
        foreach (var d in curatedPairs)
        {
            items.Add(new MergeEvidence(MergeEvidenceKind.CuratorDecision, d.MentionA + " = " + d.MentionB, [d.MentionA, d.MentionB], d.Note));
        }
        var kindPrefix = EntityKeys.KindPrefix(entity.Kind) + ":";
        var leftKeys = left.SelectMany(i => evidence[i].Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var key in right.SelectMany(i => evidence[i].Keys).Distinct(StringComparer.Ordinal).Where(leftKeys.Contains).Order(StringComparer.Ordinal))
        {
            var holders = left.Concat(right).Where(i => evidence[i].Keys.Contains(key)).Order().ToList();
            var kind = holders.Any(i => evidence[i].SameAsKeys.Contains(key)) ? MergeEvidenceKind.SameAs
                : key.StartsWith(kindPrefix, StringComparison.Ordinal) ? MergeEvidenceKind.NameKey
                : MergeEvidenceKind.ExternalId;
            items.Add(new MergeEvidence(kind, key, [.. holders.Select(i => mentions[i].MentionId)], null));
        }

        var curated = curatedPairs.Count > 0;
        var apart = Apart(mentions, decisions, leftIds, rightIds, curated);
        return new EntityMerge(MergeId(leftIds, rightIds), entity.Id, entity.Name, entity.Kind,
            Side(apart, mentions, leftIds), Side(apart, mentions, rightIds), curated, items);
    }

    /// <summary>
    /// The mentions resolved as an undo leaves them: a curated merge without its decisions, an
    /// automatic one with its sides confirmed different.
    /// </summary>
    private static EntityResolution Apart(IReadOnlyList<EntityMention> mentions, List<StoredDecision> decisions,
        List<string> left, List<string> right, bool curated)
    {
        var leftSet = left.ToHashSet(StringComparer.Ordinal);
        var rightSet = right.ToHashSet(StringComparer.Ordinal);
        bool Across(StoredDecision d) => (leftSet.Contains(d.MentionA) && rightSet.Contains(d.MentionB)) || (rightSet.Contains(d.MentionA) && leftSet.Contains(d.MentionB));
        var same = decisions.Where(d => d.Same && !Across(d)).Select(d => (d.MentionA, d.MentionB)).ToList();
        var different = decisions.Where(d => !d.Same).Select(d => (d.MentionA, d.MentionB)).ToList();
        if (!curated) different.AddRange(UndoPairs(left, right));
        return EntityResolver.Resolve(mentions, new ResolutionOverrides(same, different));
    }

    /// <summary>Every pair of a mention of one side and one of the other, smaller id first.</summary>
    public static IEnumerable<(string, string)> UndoPairs(IEnumerable<string> left, IReadOnlyCollection<string> right) =>
        left.SelectMany(a => right.Select(b => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a)));

    private static MergeSide Side(EntityResolution apart, IReadOnlyList<EntityMention> mentions, List<string> mentionIds)
    {
        var entity = apart.Entities.First(e => e.MentionIds.Contains(mentionIds[0], StringComparer.Ordinal));
        var articles = mentions.Where(m => mentionIds.Contains(m.MentionId, StringComparer.Ordinal)).Select(m => m.ArticleId)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MergeSide(entity.Id, entity.Name, mentionIds, articles);
    }

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
