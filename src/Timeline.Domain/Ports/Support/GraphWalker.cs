namespace Timeline.Domain.Ports;

/// <summary>Neighbourhoods and paths over the event–entity graph, a frontier at a time, over any store's reads.</summary>
public static class GraphWalker
{
    // Paths look at this many edges per node at most, so a hub cannot make the search explode.
    private const int PathDegreeCap = 500;
    private const int PathSearchBudget = 200_000;

    public static async Task<Subgraph> NeighbourhoodAsync(IGraphWalkReads reads, NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var start = await FindNodeAsync(reads, query.NodeId, cancellationToken).ConfigureAwait(false);
        if (start is null) return new Subgraph([], [], false);
        var adjacency = new Adjacency(reads, query.DegreeCap);
        var kinds = new Dictionary<string, GraphNodeKind>(StringComparer.Ordinal) { [start.Value.Id] = start.Value.Kind };
        var order = new List<string> { start.Value.Id };
        var edges = new HashSet<GraphEdge>();
        var truncated = false;
        var frontier = new List<string> { start.Value.Id };
        for (var hop = 0; hop < query.Hops && frontier.Count > 0; hop++)
        {
            await adjacency.LoadAsync(frontier.Select(id => (id, kinds[id])), cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var id in frontier)
            {
                var node = adjacency.Get(id);
                truncated |= node.Capped;
                foreach (var (edge, other, otherKind) in node.Edges)
                {
                    if (!kinds.ContainsKey(other))
                    {
                        if (kinds.Count >= query.MaxNodes) { truncated = true; continue; }
                        kinds[other] = otherKind;
                        order.Add(other);
                        next.Add(other);
                    }
                    edges.Add(edge);
                }
            }
            frontier = next;
        }
        // Edges among the outermost nodes are shown too when both ends are in the picture.
        var nodes = await LabelAsync(reads, order, kinds, adjacency, cancellationToken).ConfigureAwait(false);
        var kept = edges.Where(e => kinds.ContainsKey(e.From) && kinds.ContainsKey(e.To))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Label, StringComparer.Ordinal).ToList();
        return new Subgraph(nodes, kept, truncated);
    }

    public static async Task<IReadOnlyList<GraphPath>> PathsAsync(IGraphWalkReads reads, PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var ids = await reads.CurrentEntityIdsAsync([query.FromEntityId, query.ToEntityId], cancellationToken).ConfigureAwait(false);
        if (!ids.TryGetValue(query.FromEntityId, out var from) || !ids.TryGetValue(query.ToEntityId, out var to)) return [];
        if (from == to) return [];
        var adjacency = new Adjacency(reads, PathDegreeCap);
        var kinds = new Dictionary<string, GraphNodeKind>(StringComparer.Ordinal) { [from] = GraphNodeKind.Entity, [to] = GraphNodeKind.Entity };

        // Distances to the target bound the search: a step is taken only if the target stays within reach.
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [to] = 0 };
        var frontier = new List<string> { to };
        for (var d = 1; d <= query.MaxHops && frontier.Count > 0; d++)
        {
            await adjacency.LoadAsync(frontier.Select(id => (id, kinds[id])), cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var (_, other, otherKind) in adjacency.Get(id).Edges)
                {
                    if (distance.ContainsKey(other)) continue;
                    distance[other] = d;
                    kinds[other] = otherKind;
                    next.Add(other);
                }
            }
            frontier = next;
        }
        if (!distance.TryGetValue(from, out var shortest)) return [];
        await adjacency.LoadAsync(distance.Keys.Where(id => distance[id] < query.MaxHops).Append(from).Select(id => (id, kinds[id])), cancellationToken).ConfigureAwait(false);

        var paths = new List<(List<string> Nodes, List<GraphEdge> Edges)>();
        var budget = PathSearchBudget;
        for (var length = shortest; length <= query.MaxHops && paths.Count < query.K && budget > 0; length++)
        {
            var nodes = new List<string> { from };
            var steps = new List<GraphEdge>();
            Search(from, length);

            void Search(string at, int remaining)
            {
                if (paths.Count >= query.K || --budget <= 0) return;
                if (remaining == 0)
                {
                    if (at == to) paths.Add((new List<string>(nodes), new List<GraphEdge>(steps)));
                    return;
                }
                foreach (var (edge, other, _) in adjacency.Get(at).Edges
                    .OrderBy(e => e.Other, StringComparer.Ordinal).ThenBy(e => e.Edge.Label, StringComparer.Ordinal))
                {
                    if (!distance.TryGetValue(other, out var d) || d > remaining - 1 || nodes.Contains(other)) continue;
                    if (other == to && remaining - 1 != 0) continue;
                    nodes.Add(other);
                    steps.Add(edge);
                    Search(other, remaining - 1);
                    nodes.RemoveAt(nodes.Count - 1);
                    steps.RemoveAt(steps.Count - 1);
                }
            }
        }
        if (paths.Count == 0) return [];
        var labelled = (await LabelAsync(reads, paths.SelectMany(p => p.Nodes).Distinct(StringComparer.Ordinal).ToList(), kinds, adjacency, cancellationToken).ConfigureAwait(false))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        return paths.Select(p => new GraphPath(p.Nodes.Select(n => labelled[n]).ToList(), p.Edges)).ToList();
    }

    private static async Task<(string Id, GraphNodeKind Kind)?> FindNodeAsync(IGraphWalkReads reads, string id, CancellationToken cancellationToken)
    {
        var entity = await reads.CurrentEntityIdsAsync([id], cancellationToken).ConfigureAwait(false);
        if (entity.TryGetValue(id, out var entityId)) return (entityId, GraphNodeKind.Entity);
        var evt = await reads.CurrentEventIdsAsync([id], cancellationToken).ConfigureAwait(false);
        return evt.TryGetValue(id, out var eventId) ? (eventId, GraphNodeKind.Event) : null;
    }

    private static async Task<List<GraphNode>> LabelAsync(IGraphWalkReads reads, List<string> order, Dictionary<string, GraphNodeKind> kinds,
        Adjacency adjacency, CancellationToken cancellationToken)
    {
        // Nodes never expanded still need their full degree: load their edges (capped) once.
        await adjacency.LoadAsync(order.Select(id => (id, kinds[id])), cancellationToken).ConfigureAwait(false);
        var entities = await reads.EntitiesAsync(order.Where(id => kinds[id] == GraphNodeKind.Entity), cancellationToken).ConfigureAwait(false);
        var events = await reads.EventsAsync(order.Where(id => kinds[id] == GraphNodeKind.Event), cancellationToken).ConfigureAwait(false);
        return order.Select(id => new GraphNode(id, kinds[id],
            kinds[id] == GraphNodeKind.Entity ? entities.GetValueOrDefault(id)?.Name ?? id : events.GetValueOrDefault(id)?.Title ?? id,
            adjacency.Get(id).Degree)).ToList();
    }
}
