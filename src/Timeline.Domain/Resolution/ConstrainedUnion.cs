namespace Timeline.Domain.Resolution;

/// <summary>
/// Union-find whose unions a rule may refuse, given the members of the two groups. Callers try
/// unions in an order fixed by their inputs' ids, so the groups depend on the input set only.
/// </summary>
internal sealed class ConstrainedUnion
{
    private readonly int[] _parent;
    private readonly List<int>[] _members;
    private readonly Func<IReadOnlyList<int>, IReadOnlyList<int>, bool> _mayJoin;

    public ConstrainedUnion(int count, Func<IReadOnlyList<int>, IReadOnlyList<int>, bool> mayJoin)
    {
        _parent = [.. Enumerable.Range(0, count)];
        _members = [.. Enumerable.Range(0, count).Select(i => new List<int> { i })];
        _mayJoin = mayJoin;
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

    /// <summary>Joins the groups of a and b unless the rule refuses; true when they end up together.</summary>
    public bool TryUnion(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return true;
        }

        if (!_mayJoin(_members[ra], _members[rb]))
        {
            return false;
        }

        // The smaller index stays root, so the structure does not depend on which side asked.
        var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[child] = root;
        _members[root].AddRange(_members[child]);
        _members[child] = [];
        return true;
    }

    /// <summary>Groups as sorted lists of indexes, ordered by their smallest index.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Groups() =>
        [.. Enumerable.Range(0, _parent.Length)
            .Where(i => Find(i) == i)
            .Select(i => (IReadOnlyList<int>)[.. _members[i].Order()])];
}
