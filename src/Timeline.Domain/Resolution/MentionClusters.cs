namespace Timeline.Domain.Resolution;

/// <summary>
/// Union-find over the mentions of one kind that refuses a union joining two different external
/// ids of one scheme or a pair a curator confirmed different. Unions are tried in an order fixed
/// by the mentions' ids and keys, so the clusters depend on the set of mentions only.
/// </summary>
internal sealed class MentionClusters
{
    private readonly int[] _parent;
    private readonly List<int>[] _members;
    private readonly Dictionary<string, SortedSet<string>>[] _externalIds;
    private readonly HashSet<(int, int)> _different;

    public MentionClusters(IReadOnlyList<MentionFacts> mentions, HashSet<(int, int)> confirmedDifferent)
    {
        _parent = new int[mentions.Count];
        _members = new List<int>[mentions.Count];
        _externalIds = new Dictionary<string, SortedSet<string>>[mentions.Count];
        _different = confirmedDifferent;
        for (var i = 0; i < mentions.Count; i++)
        {
            _parent[i] = i;
            _members[i] = [i];
            _externalIds[i] = [];
            foreach (var (scheme, value) in mentions[i].ExternalIds)
            {
                if (!_externalIds[i].TryGetValue(scheme, out var values))
                {
                    values = new SortedSet<string>(StringComparer.Ordinal);
                    _externalIds[i][scheme] = values;
                }

                values.Add(value);
            }
        }
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    public bool Together(int a, int b) => Find(a) == Find(b);

    /// <summary>Joins the clusters of a and b unless forbidden; true when they end up together.</summary>
    public bool TryUnion(int a, int b, bool forced)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return true;
        }

        if (IsConfirmedDifferent(ra, rb) || (!forced && HaveConflictingIds(ra, rb)))
        {
            return false;
        }

        // The smaller index stays root, so the structure does not depend on which side asked.
        var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[child] = root;
        _members[root].AddRange(_members[child]);
        foreach (var (scheme, values) in _externalIds[child])
        {
            if (!_externalIds[root].TryGetValue(scheme, out var rootValues))
            {
                rootValues = new SortedSet<string>(StringComparer.Ordinal);
                _externalIds[root][scheme] = rootValues;
            }

            rootValues.UnionWith(values);
        }

        _members[child] = [];
        _externalIds[child] = [];
        return true;
    }

    /// <summary>Clusters as sorted lists of mention indexes, ordered by their smallest index.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Clusters() =>
        [.. Enumerable.Range(0, _parent.Length)
            .Where(i => Find(i) == i)
            .Select(i => (IReadOnlyList<int>)[.. _members[i].Order()])];

    /// <summary>Schemes in which the two clusters hold only different values.</summary>
    public static IReadOnlyList<string> ConflictingSchemes(
        IReadOnlyDictionary<string, SortedSet<string>> left, IReadOnlyDictionary<string, SortedSet<string>> right) =>
        [.. left.Keys
            .Where(scheme => scheme != EntityKeys.UrlScheme
                && right.TryGetValue(scheme, out var rightValues)
                && !left[scheme].Overlaps(rightValues))
            .Order(StringComparer.Ordinal)];

    private bool HaveConflictingIds(int ra, int rb) => ConflictingSchemes(_externalIds[ra], _externalIds[rb]).Count > 0;

    private bool IsConfirmedDifferent(int ra, int rb)
    {
        if (_different.Count == 0)
        {
            return false;
        }

        foreach (var a in _members[ra])
        {
            foreach (var b in _members[rb])
            {
                if (_different.Contains(a < b ? (a, b) : (b, a)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
