namespace Timeline.Domain.Resolution;

/// <summary>
/// Proposes merges a curator should settle. Two entities of one kind become a candidate when
/// <list type="bullet">
/// <item>they share a key but were kept apart by different external ids of one scheme (score 1,
/// the conflicting ids in the evidence), or</item>
/// <item>they share no external id scheme with different values and the Jaro-Winkler similarity
/// of some pair of their names reaches <see cref="Threshold"/> while that of the names' last words
/// reaches <see cref="LastWordThreshold"/>, compared both in folded form ("fuad hassan" /
/// "fuad hussein", 0.914) and in normalised form ("fuad hasan" / "fuad husain", 0.921).</item>
/// </list>
/// A pair with any mention confirmed different from a mention of the other side is never
/// proposed. Only entities whose normalised names share the first three letters of some word are
/// compared ("isil" / "isis", "fuad hasan" / "fuad husain"), which keeps the search far from
/// quadratic and loses no pair the thresholds would accept in practice: the last words must be
/// close and Jaro-Winkler rewards shared beginnings.
/// </summary>
public static class MergeCandidateFinder
{
    /// <summary>
    /// Similarity from which a pair is proposed: 0.85 sits above "fuad hussein" / "saddam hussein"
    /// (0.849, different people) and below "qassem" / "ghasem soleimani" (0.869, one person).
    /// </summary>
    public const double Threshold = 0.85;

    /// <summary>
    /// Similarity the last words of the two names must also reach. The prefix bonus of
    /// Jaro-Winkler rewards a shared given name, so "donald trump" / "donald rumsfeld" (0.900) and
    /// "qasem araji" / "qasem sulaimani" (0.861) pass <see cref="Threshold"/>; their family names
    /// (0.5 and below) do not pass this, while "hassan" / "hussein" (0.771) does.
    /// </summary>
    public const double LastWordThreshold = 0.7;

    private const int BlockPrefixLength = 3;

    /// <summary>
    /// The blocks under which an entity meets others resolved apart (in other documents' resolutions):
    /// for each normalised name, "{kind}:{first three letters of the first word}|{first letter of the last
    /// word}" and "{kind}:{first letter of the first word}|{first three letters of the last word}"
    /// ("person:fua|h" and "person:f|has" for "fuad hasan"). Stricter than the word blocks within one
    /// resolution, so a common given or family name does not make a block of thousands: a proposal needs
    /// close last words and a high similarity, which names starting and ending alike carry.
    /// </summary>
    public static IReadOnlyList<string> BlocksOf(ResolvedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var prefix = EntityKeys.KindPrefix(entity.Kind) + ":";
        var blocks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in NormalisedNames(entity))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var (first, last) = (words[0], words[^1]);
            blocks.Add(prefix + Start(first) + "|" + last[..1]);
            blocks.Add(prefix + first[..1] + "|" + Start(last));
        }

        return [.. blocks];
    }

    /// <summary>
    /// Compares two entities resolved apart (stored by separate documents' resolutions) exactly as
    /// <see cref="EntityResolver"/> compares two entities of one resolution: same score, same evidence,
    /// same id. Null when they are of different kinds or not similar enough. Curator decisions are
    /// the caller's to check (a pair confirmed different is never proposed).
    /// </summary>
    public static MergeCandidate? Propose(ResolvedEntity first, ResolvedEntity second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Kind != second.Kind || first.Id == second.Id)
        {
            return null;
        }

        var (left, right) = string.CompareOrdinal(first.Id, second.Id) < 0 ? (first, second) : (second, first);
        return Compare(ClusterOf(left), ClusterOf(right));
    }

    internal static IReadOnlyList<MergeCandidate> Find(IReadOnlyList<ResolvedCluster> clusters, OverridePairs overrides)
    {
        var candidates = new List<MergeCandidate>();
        var ordered = clusters.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).ToList();
        foreach (var (i, j) in PairsSharingAWordStart(ordered))
        {
            var left = ordered[i];
            var right = ordered[j];
            if (overrides.AnyDifferent(left.Entity.MentionIds, right.Entity.MentionIds))
            {
                continue;
            }

            var candidate = Compare(left, right);
            if (candidate is not null)
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    private static MergeCandidate? Compare(ResolvedCluster left, ResolvedCluster right)
    {
        var conflicts = MentionClusters.ConflictingSchemes(left.ExternalIds, right.ExternalIds);
        var sharedKeys = left.Entity.Keys.Intersect(right.Entity.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sharedKeys.Count > 0)
        {
            var why = conflicts.Count > 0
                ? "not merged: " + DescribeConflicts(conflicts, left, right)
                : "not merged automatically";
            return Make(left, right, 1.0, $"share key {string.Join(", ", sharedKeys)}; {why}" + Context(left, right));
        }

        // Different ids of one scheme already say the two differ; similar names add nothing.
        if (conflicts.Count > 0)
        {
            return null;
        }

        var folded = Best(left.FoldedNames, right.FoldedNames);
        var normalised = Best(left.NormalisedNames, right.NormalisedNames);
        var (primary, primaryForm, secondary, secondaryForm) = normalised.Score > folded.Score
            ? (normalised, "normalised", folded, "folded")
            : (folded, "folded", normalised, "normalised");
        if (primary.Score < Threshold)
        {
            return null;
        }

        var other = secondary.Score >= 0
            ? FormattableString.Invariant($" ({secondaryForm} '{secondary.A}' and '{secondary.B}': {secondary.Score:0.000})")
            : string.Empty;
        var evidence = FormattableString.Invariant($"Jaro-Winkler {primary.Score:0.000} between {primaryForm} names '{primary.A}' and '{primary.B}'")
            + other
            + FormattableString.Invariant($", last words {primary.Family:0.000} (thresholds {Threshold:0.00} and {LastWordThreshold:0.00}); no shared external id or name key")
            + Context(left, right);
        return Make(left, right, primary.Score, evidence);
    }

    /// <summary>The most similar pair of names whose last words pass <see cref="LastWordThreshold"/>; score -1 when none does.</summary>
    private static (double Score, double Family, string A, string B) Best(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var best = (Score: -1.0, Family: -1.0, A: string.Empty, B: string.Empty);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var family = JaroWinkler.Similarity(LastWord(a), LastWord(b));
                if (family < LastWordThreshold)
                {
                    continue;
                }

                var score = JaroWinkler.Similarity(a, b);
                if (score > best.Score)
                {
                    best = (score, family, a, b);
                }
            }
        }

        return best;
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>The descriptions a curator weighs beside the names ("Iraq's Foreign Minister" / "Foreign Minister").</summary>
    private static string Context(ResolvedCluster left, ResolvedCluster right) =>
        left.Entity.Description is { } l && right.Entity.Description is { } r
            ? $"; described as '{l}' and '{r}'"
            : string.Empty;

    private static string DescribeConflicts(IReadOnlyList<string> schemes, ResolvedCluster left, ResolvedCluster right) =>
        string.Join("; ", schemes.Select(s =>
            $"different {s} ids {string.Join("/", left.ExternalIds[s])} ({left.Entity.Id}) and {string.Join("/", right.ExternalIds[s])} ({right.Entity.Id})"));

    private static MergeCandidate Make(ResolvedCluster left, ResolvedCluster right, double score, string evidence)
    {
        var l = left.Entity.Id;
        var r = right.Entity.Id;
        return new MergeCandidate("candidate-" + StableText.ShortHash(l + "|" + r), l, r, score, evidence);
    }

    /// <summary>A stored entity as candidate search sees it: names are its name and aliases, external ids come from its keys.</summary>
    private static ResolvedCluster ClusterOf(ResolvedEntity entity)
    {
        var namePrefix = EntityKeys.KindPrefix(entity.Kind) + ":";
        var externalIds = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var key in entity.Keys)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || key.StartsWith(namePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var scheme = key[..colon];
            if (!externalIds.TryGetValue(scheme, out var values))
            {
                values = new SortedSet<string>(StringComparer.Ordinal);
                externalIds[scheme] = values;
            }

            values.Add(key[(colon + 1)..]);
        }

        var names = entity.Aliases.Prepend(entity.Name).ToList();
        var folded = names.Select(NameKey.Fold).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ResolvedCluster(entity, externalIds, folded, NormalisedNames(entity));
    }

    private static List<string> NormalisedNames(ResolvedEntity entity) =>
        [.. entity.Aliases.Prepend(entity.Name).Select(NameKey.Normalise).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Start(string word) => word.Length > BlockPrefixLength ? word[..BlockPrefixLength] : word;

    private static IEnumerable<string> WordStarts(IEnumerable<string> normalisedNames) =>
        normalisedNames.SelectMany(n => n.Split(' '))
            .Where(w => w.Length > 0)
            .Select(w => w.Length > BlockPrefixLength ? w[..BlockPrefixLength] : w)
            .Distinct(StringComparer.Ordinal);

    private static SortedSet<(int, int)> PairsSharingAWordStart(List<ResolvedCluster> clusters)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var word in WordStarts(clusters[i].NormalisedNames))
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    list = [];
                    byWord[word] = list;
                }

                list.Add(i);
            }
        }

        var pairs = new SortedSet<(int, int)>();
        foreach (var list in byWord.Values)
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    pairs.Add((list[a], list[b]));
                }
            }
        }

        return pairs;
    }
}
