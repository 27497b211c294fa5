using System.Globalization;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Proposes merges a curator should settle. Two entities of one kind become a candidate when
/// <list type="bullet">
/// <item>they share a key but were kept apart by different external ids of one scheme (score 1,
/// the conflicting ids in the evidence), or</item>
/// <item>they share no external id scheme with different values and the Jaro-Winkler similarity
/// of some pair of their names reaches <see cref="Threshold"/>, compared both in folded form
/// ("fuad hassan" / "fuad hussein", 0.914) and in normalised form.</item>
/// </list>
/// A pair with any mention confirmed different from a mention of the other side is never
/// proposed. Only entities sharing a word of a normalised name are compared, which keeps the
/// search near-linear and loses no pair the threshold would accept in practice (names of one
/// entity share a given name or a family name).
/// </summary>
public static class MergeCandidateFinder
{
    /// <summary>
    /// Similarity from which a pair is proposed: 0.85 sits above "fuad hussein" / "saddam hussein"
    /// (0.849, different people) and below "qassem" / "ghasem soleimani" (0.869, one person).
    /// </summary>
    public const double Threshold = 0.85;

    internal static IReadOnlyList<MergeCandidate> Find(IReadOnlyList<ResolvedCluster> clusters, OverridePairs overrides)
    {
        var candidates = new List<MergeCandidate>();
        var ordered = clusters.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).ToList();
        foreach (var (i, j) in PairsSharingAWord(ordered))
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
            return Make(left, right, 1.0, $"share key {string.Join(", ", sharedKeys)}; {why}");
        }

        // Different ids of one scheme already say the two differ; similar names add nothing.
        if (conflicts.Count > 0)
        {
            return null;
        }

        var best = Best(left.FoldedNames, right.FoldedNames);
        var normalised = Best(left.NormalisedNames, right.NormalisedNames);
        var (score, a, b, form) = normalised.Score > best.Score ? (normalised.Score, normalised.A, normalised.B, "normalised") : (best.Score, best.A, best.B, "folded");
        if (score < Threshold)
        {
            return null;
        }

        var evidence = string.Create(
            CultureInfo.InvariantCulture,
            $"Jaro-Winkler {score:0.000} between {form} names '{a}' and '{b}' (threshold {Threshold:0.00}); no shared external id or name key");
        return Make(left, right, score, evidence);
    }

    private static (double Score, string A, string B) Best(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var best = (Score: -1.0, A: string.Empty, B: string.Empty);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var score = JaroWinkler.Similarity(a, b);
                if (score > best.Score)
                {
                    best = (score, a, b);
                }
            }
        }

        return best;
    }

    private static string DescribeConflicts(IReadOnlyList<string> schemes, ResolvedCluster left, ResolvedCluster right) =>
        string.Join("; ", schemes.Select(s =>
            $"different {s} ids {string.Join("/", left.ExternalIds[s])} ({left.Entity.Id}) and {string.Join("/", right.ExternalIds[s])} ({right.Entity.Id})"));

    private static MergeCandidate Make(ResolvedCluster left, ResolvedCluster right, double score, string evidence)
    {
        var l = left.Entity.Id;
        var r = right.Entity.Id;
        return new MergeCandidate("candidate-" + StableText.ShortHash(l + "|" + r), l, r, score, evidence);
    }

    private static SortedSet<(int, int)> PairsSharingAWord(List<ResolvedCluster> clusters)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < clusters.Count; i++)
        {
            var words = clusters[i].NormalisedNames.SelectMany(n => n.Split(' ')).Distinct(StringComparer.Ordinal);
            foreach (var word in words)
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
