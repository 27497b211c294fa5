using Timeline.Domain.Model;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Entity ids derive from a key of the cluster, never from the order mentions arrived in:
/// the smallest external-id key when the cluster has one ("person-wikidata-q1163085"),
/// else its smallest key ("person-qasem-sulaimani"). A key a cluster ever had stays in its
/// <see cref="ResolvedEntity.Keys"/>, so an id given before a merge is found again through
/// <see cref="ForKey"/> over those keys.
/// </summary>
public static class EntityIds
{
    /// <summary>The id a cluster whose identifying key is <paramref name="key"/> gets.</summary>
    public static string ForKey(EntityKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = EntityKeys.KindPrefix(kind);
        var body = key.StartsWith(prefix + ":", StringComparison.Ordinal) ? key[(prefix.Length + 1)..] : key;
        return prefix + "-" + StableText.Slug(body);
    }

    /// <summary>
    /// The identifying key of a cluster: its smallest external-id key (web addresses excluded,
    /// since pages move), else its smallest key.
    /// </summary>
    public static string IdentifyingKey(IReadOnlyCollection<(string Scheme, string Value)> externalIds, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        ArgumentNullException.ThrowIfNull(keys);
        var external = externalIds
            .Where(id => id.Scheme != EntityKeys.UrlScheme)
            .Select(id => EntityKeys.ExternalKey(id.Scheme, id.Value))
            .Min(StringComparer.Ordinal);
        return external ?? keys.Min(StringComparer.Ordinal)
            ?? throw new ArgumentException("A cluster without keys has no identity.", nameof(keys));
    }

    /// <summary>
    /// The id of a cluster whose identifying key another cluster shares (two people of one name
    /// kept apart by a curator): the base id with a hash of the cluster's smallest mention id.
    /// </summary>
    public static string Disambiguated(string baseId, string smallestMentionId) =>
        baseId + "-" + StableText.ShortHash(smallestMentionId)[..8];
}
