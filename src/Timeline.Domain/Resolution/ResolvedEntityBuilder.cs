using Timeline.Domain.Model;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Turns clusters of mentions into entities with a deterministic identity: the name most
/// mentions use (ties by ordinal order), every other name as a sorted alias, and an id from the
/// cluster's identifying key (<see cref="EntityIds"/>).
/// </summary>
internal static class ResolvedEntityBuilder
{
    public static IReadOnlyList<ResolvedCluster> Build(EntityKind kind, IReadOnlyList<MentionFacts> mentions, MentionClusters clusters)
    {
        var drafts = clusters.Clusters().Select(c => Draft(kind, [.. c.Select(i => mentions[i])])).ToList();

        // Two clusters can share an identifying key only when a curator or conflicting ids kept
        // them apart; each then gets the base id with a hash of its smallest mention id.
        var clashing = drafts.GroupBy(d => d.BaseId, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. drafts.Select(d => Finish(d, clashing.Contains(d.BaseId)
            ? EntityIds.Disambiguated(d.BaseId, d.Mentions[0].Mention.MentionId)
            : d.BaseId))];
    }

    private static DraftEntity Draft(EntityKind kind, IReadOnlyList<MentionFacts> members)
    {
        var externalIds = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (scheme, value) in members.SelectMany(m => m.ExternalIds))
        {
            if (!externalIds.TryGetValue(scheme, out var values))
            {
                values = new SortedSet<string>(StringComparer.Ordinal);
                externalIds[scheme] = values;
            }

            values.Add(value);
        }

        var keys = members.SelectMany(m => m.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var identifying = EntityIds.IdentifyingKey(
            [.. externalIds.SelectMany(e => e.Value.Select(v => (e.Key, v)))], keys);
        return new DraftEntity(kind, members, externalIds, keys, EntityIds.ForKey(kind, identifying));
    }

    private static ResolvedCluster Finish(DraftEntity d, string id)
    {
        var name = Majority.OfNames(d.Mentions.Select(m => m.DisplayName))!;
        var names = d.Mentions.SelectMany(m => m.Names).Distinct(StringComparer.Ordinal).ToList();
        var aliases = names.Where(n => n != name).Order(StringComparer.Ordinal).ToList();
        var description = Majority.Of(d.Mentions.Select(m => m.Mention.Description).Where(x => !string.IsNullOrWhiteSpace(x))!);

        // A curator may confirm as one entity mentions with different ids of one scheme; the
        // smallest value stands for the scheme and the others remain as keys.
        var externalIds = d.ExternalIds.ToDictionary(e => e.Key, e => e.Value.Min!, StringComparer.Ordinal);
        var entity = new ResolvedEntity(
            id,
            d.Kind,
            name,
            aliases,
            description,
            externalIds,
            [.. d.Mentions.Select(m => m.Mention.MentionId)],
            d.Keys);
        var folded = names.Select(NameKey.Fold).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var normalised = names.Select(NameKey.Normalise).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ResolvedCluster(entity, d.ExternalIds, folded, normalised);
    }

    private sealed record DraftEntity(
        EntityKind Kind,
        IReadOnlyList<MentionFacts> Mentions,
        SortedDictionary<string, SortedSet<string>> ExternalIds,
        IReadOnlyList<string> Keys,
        string BaseId);
}
