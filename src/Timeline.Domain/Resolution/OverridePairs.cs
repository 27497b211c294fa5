namespace Timeline.Domain.Resolution;

/// <summary>Curation decisions as unordered pairs of mention ids, checked for contradictions.</summary>
internal sealed class OverridePairs
{
    private readonly SortedSet<(string, string)> _same;
    private readonly SortedSet<(string, string)> _different;

    private OverridePairs(SortedSet<(string, string)> same, SortedSet<(string, string)> different)
    {
        _same = same;
        _different = different;
    }

    /// <summary>
    /// Reads the decisions. Pairs naming a mention not in the set (its article was retracted) are
    /// kept but have no effect; a pair both confirmed same and confirmed different is an error.
    /// </summary>
    public static OverridePairs From(ResolutionOverrides overrides)
    {
        var same = Normalised(overrides.ConfirmedSame, nameof(overrides.ConfirmedSame));
        var different = Normalised(overrides.ConfirmedDifferent, nameof(overrides.ConfirmedDifferent));
        var contradiction = same.FirstOrDefault(different.Contains);
        if (contradiction != default)
        {
            throw new ArgumentException(
                $"Mentions '{contradiction.Item1}' and '{contradiction.Item2}' are confirmed both the same and different.",
                nameof(overrides));
        }

        return new OverridePairs(same, different);
    }

    /// <summary>Confirmed-same pairs whose mentions are both present, as index pairs in a fixed order.</summary>
    public IEnumerable<(int, int)> SameAmong(IReadOnlyDictionary<string, int> index) => Among(_same, index);

    /// <summary>Confirmed-different pairs whose mentions are both present, as ordered index pairs.</summary>
    public HashSet<(int, int)> DifferentAmong(IReadOnlyDictionary<string, int> index) => [.. Among(_different, index)];

    /// <summary>True when a curator confirmed some mention of one side different from some mention of the other.</summary>
    public bool AnyDifferent(IEnumerable<string> left, IReadOnlyCollection<string> right)
    {
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (_different.Contains(Ordered(a, b)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<(int, int)> Among(SortedSet<(string, string)> pairs, IReadOnlyDictionary<string, int> index)
    {
        foreach (var (a, b) in pairs)
        {
            if (index.TryGetValue(a, out var ia) && index.TryGetValue(b, out var ib) && ia != ib)
            {
                yield return ia < ib ? (ia, ib) : (ib, ia);
            }
        }
    }

    private static SortedSet<(string, string)> Normalised(IReadOnlyList<(string MentionA, string MentionB)> pairs, string list)
    {
        ArgumentNullException.ThrowIfNull(pairs, list);
        var set = new SortedSet<(string, string)>(PairComparer.Instance);
        foreach (var (a, b) in pairs)
        {
            if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            {
                throw new ArgumentException($"{list} holds a pair with an empty mention id ('{a}', '{b}').", list);
            }

            set.Add(Ordered(a, b));
        }

        return set;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private sealed class PairComparer : IComparer<(string, string)>
    {
        public static readonly PairComparer Instance = new();

        public int Compare((string, string) x, (string, string) y)
        {
            var first = string.CompareOrdinal(x.Item1, y.Item1);
            return first != 0 ? first : string.CompareOrdinal(x.Item2, y.Item2);
        }
    }
}
