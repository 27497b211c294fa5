using Timeline.Domain.Model;

namespace Timeline.Domain.Resolution;

/// <summary>
/// The keys under which a mention can meet others: external ids as "scheme:value"
/// ("wikidata:Q1163085"), and every name, alias and sameAs name normalised and prefixed with
/// the kind ("person:qasem sulaimani"). Name keys carry the kind so that a person and a place of
/// one name never meet; external-id keys do not, so callers looking keys up must scope them by kind.
/// </summary>
public static class EntityKeys
{
    /// <summary>Scheme of sameAs web addresses; an entity has many, so two of them never conflict.</summary>
    public const string UrlScheme = "url";

    /// <summary>All keys of the mention, distinct, in ordinal order.</summary>
    /// <exception cref="ArgumentException">The mention lacks its lists, or has an empty external id or a malformed web address.</exception>
    public static IReadOnlyList<string> For(EntityMention m)
    {
        RequireLists(m);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (scheme, value) in ExternalIdsOf(m))
        {
            keys.Add(ExternalKey(scheme, value));
        }

        foreach (var url in SameAsUrls(m))
        {
            keys.Add(ExternalKey(UrlScheme, url));
        }

        foreach (var name in NamesOf(m))
        {
            var normalised = NameKey.Normalise(name);
            if (normalised.Length > 0)
            {
                keys.Add(NameKeyFor(m.Kind, normalised));
            }
        }

        return [.. keys];
    }

    /// <summary>The kind as it prefixes name keys and ids: "person", "organization", "place".</summary>
    public static string KindPrefix(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    /// <summary>"{kind}:{normalised name}".</summary>
    public static string NameKeyFor(EntityKind kind, string normalisedName) => KindPrefix(kind) + ":" + normalisedName;

    /// <summary>"{scheme}:{value}" with the scheme lower-cased and wikidata ids upper-cased ("wikidata:Q1163085").</summary>
    public static string ExternalKey(string scheme, string value)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(value);
        var s = scheme.Trim().ToLowerInvariant();
        var v = value.Trim();
        return s + ":" + (s == "wikidata" ? v.ToUpperInvariant() : v);
    }

    /// <summary>
    /// External ids of the mention, scheme to value, from <see cref="EntityMention.ExternalIds"/>
    /// and from sameAs entries that are "scheme:value" references or Wikidata addresses;
    /// these are the ids of which two different values of one scheme forbid a merge.
    /// </summary>
    public static IReadOnlyList<(string Scheme, string Value)> ExternalIdsOf(EntityMention m)
    {
        RequireLists(m);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (scheme, value) in m.ExternalIds)
        {
            if (string.IsNullOrWhiteSpace(scheme) || string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Mention '{m.MentionId}' has an external id with an empty scheme or value ('{scheme}': '{value}').", nameof(m));
            }

            ids.Add(ExternalKey(scheme, value));
        }

        foreach (var sameAs in m.SameAs)
        {
            if (SameAsReference.TryParseId(sameAs, out var scheme, out var value))
            {
                ids.Add(ExternalKey(scheme, value));
            }
        }

        return [.. ids.Select(SplitKey)];
    }

    /// <summary>
    /// Every name of the mention as written: the name and aliases with their parenthesised parts
    /// split off ("ISIL (ISIS)" gives "ISIL" and "ISIS"), and sameAs entries that are names.
    /// </summary>
    public static IReadOnlyList<string> NamesOf(EntityMention m)
    {
        RequireLists(m);
        var names = new List<string>();
        void AddSplit(string raw)
        {
            var (main, inner) = NameKey.Split(raw);
            if (main.Length > 0)
            {
                names.Add(main);
            }

            names.AddRange(inner);
        }

        AddSplit(m.Name);
        foreach (var alias in m.Aliases)
        {
            AddSplit(alias);
        }

        foreach (var sameAs in m.SameAs)
        {
            if (SameAsReference.IsName(sameAs))
            {
                AddSplit(sameAs);
            }
        }

        return names;
    }

    private static IEnumerable<string> SameAsUrls(EntityMention m) =>
        m.SameAs.Where(SameAsReference.IsUrl).Where(s => !SameAsReference.TryParseId(s, out _, out _)).Select(url =>
            SameAsReference.NormaliseUrl(url)
            ?? throw new ArgumentException($"Mention '{m.MentionId}' has a sameAs web address that is not a valid absolute address: '{url}'.", nameof(m)));

    private static void RequireLists(EntityMention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (m.Name is null || m.Aliases is null || m.ExternalIds is null || m.SameAs is null
            || m.Aliases.Any(a => a is null) || m.SameAs.Any(a => a is null))
        {
            throw new ArgumentException($"Mention '{m.MentionId}' lacks its name, aliases, external ids or sameAs list, or holds a null entry in one.", nameof(m));
        }
    }

    private static (string Scheme, string Value) SplitKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return (key[..colon], key[(colon + 1)..]);
    }
}
