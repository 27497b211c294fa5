namespace Timeline.Domain.Ports;

/// <summary>
/// The graph as undirected adjacency, loaded a frontier at a time and cached. Each node keeps at most the cap
/// of its edges, newest events first, and its full degree.
/// </summary>
public sealed class Adjacency(IGraphWalkReads reads, int degreeCap)
{
    private readonly Dictionary<string, NodeEdges> _cache = new(StringComparer.Ordinal);

    public NodeEdges Get(string id) => _cache[id];

    public async Task LoadAsync(IEnumerable<(string Id, GraphNodeKind Kind)> nodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var missing = nodes.Where(n => !_cache.ContainsKey(n.Id)).DistinctBy(n => n.Id)
            .ToDictionary(n => n.Id, n => new NodeEdges(n.Kind), StringComparer.Ordinal);
        if (missing.Count == 0) return;
        foreach (var (id, node) in missing) _cache[id] = node;
        await reads.LoadEdgesAsync(missing, degreeCap, cancellationToken).ConfigureAwait(false);
    }
}
