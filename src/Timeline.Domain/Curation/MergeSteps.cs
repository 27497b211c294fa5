namespace Timeline.Domain.Curation;

/// <summary>
/// Union-find over one entity's mentions that remembers every join as a step (the two groups it
/// joined), refusing joins the resolution rules refuse: across a pair confirmed different, and,
/// unless a curator forced it, across different external ids of one scheme.
/// </summary>
public sealed class MergeSteps
{
    private readonly int[] _parent;
    private readonly List<int>[] _members;
    private readonly Dictionary<string, SortedSet<string>>[] _ids;
    private readonly HashSet<(int, int)> _different;

    public MergeSteps(IReadOnlyList<MentionEvidence> mentions, HashSet<(int, int)> different)
    {
        _parent = new int[mentions.Count];
        _members = new List<int>[mentions.Count];
        _ids = new Dictionary<string, SortedSet<string>>[mentions.Count];
        _different = different;
        for (var i = 0; i < mentions.Count; i++)
        {
            _parent[i] = i;
            _members[i] = [i];
            _ids[i] = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (scheme, value) in mentions[i].ExternalIds) Values(_ids[i], scheme).Add(value);
        }
    }

    /// <summary>Each join made: the mention indexes of the two groups it joined, each sorted.</summary>
    public List<(IReadOnlyList<int> A, IReadOnlyList<int> B)> Steps { get; } = [];

    public bool TryJoin(int a, int b, bool forced)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb) return true;
        if (AnyDifferent(ra, rb) || (!forced && ConflictingIds(ra, rb))) return false;
        Steps.Add(([.. _members[ra].Order()], [.. _members[rb].Order()]));
        var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[child] = root;
        _members[root].AddRange(_members[child]);
        foreach (var (scheme, values) in _ids[child]) Values(_ids[root], scheme).UnionWith(values);
        _members[child] = [];
        _ids[child].Clear();
        return true;
    }

    private int Find(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }

    private bool AnyDifferent(int ra, int rb) =>
        _different.Count > 0 && _members[ra].Any(a => _members[rb].Any(b => _different.Contains(a < b ? (a, b) : (b, a))));

    private bool ConflictingIds(int ra, int rb) =>
        _ids[ra].Any(p => p.Key != Timeline.Domain.Resolution.EntityKeys.UrlScheme
            && _ids[rb].TryGetValue(p.Key, out var other) && !p.Value.Overlaps(other));

    private static SortedSet<string> Values(Dictionary<string, SortedSet<string>> ids, string scheme)
    {
        if (!ids.TryGetValue(scheme, out var values))
        {
            values = new SortedSet<string>(StringComparer.Ordinal);
            ids[scheme] = values;
        }
        return values;
    }
}
