using Timeline.Domain.Model;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Derives canonical entities from mentions. Within one kind (never across kinds), mentions
/// merge in this order of strength, each step refused when it would join two different external
/// ids of one scheme or a pair confirmed different by a curator:
/// <list type="number">
/// <item>curator-confirmed pairs (<see cref="ResolutionOverrides.ConfirmedSame"/>), which override conflicting ids;</item>
/// <item>a shared external id or sameAs reference ("wikidata:Q1163085");</item>
/// <item>a shared normalised name, alias or sameAs name ("person:qasem sulaimani").</item>
/// </list>
/// String similarity never merges: it only proposes a <see cref="MergeCandidate"/>
/// (see <see cref="MergeCandidateFinder"/>). The result depends on the set of mentions and the
/// overrides only: inputs are sorted by id before anything is decided.
/// </summary>
public static class EntityResolver
{
    /// <summary>Resolves the mentions; entities and candidates come ordered by id.</summary>
    /// <exception cref="ArgumentException">Two mentions share an id, a mention has no name, or a pair is confirmed both same and different.</exception>
    public static EntityResolution Resolve(IReadOnlyCollection<EntityMention> mentions, ResolutionOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(overrides);
        var sorted = Validated(mentions);
        var pairs = OverridePairs.From(overrides);

        var entities = new List<ResolvedEntity>();
        var candidates = new List<MergeCandidate>();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var ofKind = sorted.Where(m => m.Kind == kind).Select(MentionFacts.Of).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            var clusters = Cluster(ofKind, pairs);
            var resolved = ResolvedEntityBuilder.Build(kind, ofKind, clusters);
            entities.AddRange(resolved.Select(r => r.Entity));
            candidates.AddRange(MergeCandidateFinder.Find(resolved, pairs));
        }

        return new EntityResolution(
            [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. candidates.OrderBy(c => c.Id, StringComparer.Ordinal)]);
    }

    private static List<EntityMention> Validated(IReadOnlyCollection<EntityMention> mentions)
    {
        var sorted = mentions.OrderBy(m => m?.MentionId, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var m = sorted[i] ?? throw new ArgumentException("The mentions contain a null entry.", nameof(mentions));
            if (string.IsNullOrWhiteSpace(m.MentionId))
            {
                throw new ArgumentException($"A mention named '{m.Name}' in article '{m.ArticleId}' has no mention id.", nameof(mentions));
            }

            if (i > 0 && sorted[i - 1].MentionId == m.MentionId)
            {
                throw new ArgumentException($"Mention id '{m.MentionId}' occurs twice; each mention needs its own id.", nameof(mentions));
            }

            if (string.IsNullOrWhiteSpace(m.Name) || NameKey.Normalise(m.Name).Length == 0)
            {
                throw new ArgumentException($"Mention '{m.MentionId}' has no usable name ('{m.Name}').", nameof(mentions));
            }

            if (!Enum.IsDefined(m.Kind))
            {
                throw new ArgumentException($"Mention '{m.MentionId}' has an unknown kind ({(int)m.Kind}).", nameof(mentions));
            }
        }

        return sorted;
    }

    private static MentionClusters Cluster(List<MentionFacts> mentions, OverridePairs pairs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            index[mentions[i].Mention.MentionId] = i;
        }

        var different = pairs.DifferentAmong(index);
        var clusters = new MentionClusters(mentions, different);

        foreach (var (a, b) in pairs.SameAmong(index))
        {
            clusters.TryUnion(a, b, forced: true);
        }

        // External-id keys (those without a kind prefix) first: they are the stronger evidence.
        var kindPrefix = EntityKeys.KindPrefix(mentions[0].Mention.Kind) + ":";
        var byKey = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            foreach (var key in mentions[i].Keys)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    list = [];
                    byKey[key] = list;
                }

                list.Add(i);
            }
        }

        var ordered = byKey.Where(k => !k.Key.StartsWith(kindPrefix, StringComparison.Ordinal))
            .Concat(byKey.Where(k => k.Key.StartsWith(kindPrefix, StringComparison.Ordinal)));
        foreach (var (_, group) in ordered)
        {
            JoinGroup(clusters, group);
        }

        return clusters;
    }

    /// <summary>
    /// Joins each mention of a key group to the first earlier mention it may join; a mention kept
    /// out of one cluster (conflicting ids) may still join another cluster of the same key.
    /// </summary>
    private static void JoinGroup(MentionClusters clusters, List<int> group)
    {
        for (var i = 1; i < group.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (clusters.TryUnion(group[j], group[i], forced: false))
                {
                    break;
                }
            }
        }
    }
}
