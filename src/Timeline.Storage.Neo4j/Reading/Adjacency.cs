using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>
/// The graph as undirected adjacency, loaded a frontier at a time (one statement per kind of edge) and
/// cached. Each node keeps at most the cap of its edges, newest events first, and its full degree.
/// </summary>
internal sealed class Adjacency(ICypherRunner cypher, int degreeCap)
{
    private readonly Dictionary<string, NodeEdges> _cache = new(StringComparer.Ordinal);

    /// <summary>A node's kept edges (each with the node at its other end) and its full degree.</summary>
    internal sealed class NodeEdges(GraphNodeKind kind)
    {
        public GraphNodeKind Kind { get; } = kind;
        public List<(GraphEdge Edge, string Other, GraphNodeKind OtherKind)> Edges { get; } = [];
        public int Degree { get; set; }
        public bool Capped => Degree > Edges.Count;
    }

    public NodeEdges Get(string id) => _cache[id];

    public async Task LoadAsync(IEnumerable<(string Id, GraphNodeKind Kind)> nodes, CancellationToken cancellationToken)
    {
        var missing = nodes.Where(n => !_cache.ContainsKey(n.Id)).DistinctBy(n => n.Id).ToList();
        if (missing.Count == 0) return;
        foreach (var (id, kind) in missing) _cache[id] = new NodeEdges(kind);
        var entities = CypherParameters.Ids(missing.Where(n => n.Kind == GraphNodeKind.Entity).Select(n => n.Id));
        var events = CypherParameters.Ids(missing.Where(n => n.Kind == GraphNodeKind.Event).Select(n => n.Id));

        foreach (var row in await cypher.RunAsync("entity-events-capped", CypherParameters.Of(("ids", entities), ("cap", (long)degreeCap)), cancellationToken))
        {
            var entity = row.Text("entityId");
            var node = _cache[entity];
            node.Degree = checked((int)row.Integer("degree"));
            foreach (var edge in row.MapList("edges"))
            {
                var evt = edge.Text("eventId");
                node.Edges.Add((Participation(entity, evt, edge.GetValueOrDefault("roles")), evt, GraphNodeKind.Event));
            }
        }
        foreach (var row in await cypher.RunAsync("event-entities", CypherParameters.Of(("ids", events)), cancellationToken))
        {
            var evt = row.Text("eventId");
            var entity = row.Text("entityId");
            var node = _cache[evt];
            node.Degree++;
            if (node.Edges.Count < degreeCap) node.Edges.Add((Participation(entity, evt, row["roles"]), entity, GraphNodeKind.Entity));
        }
        var loading = missing.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        await AddRelationsAsync("entity-relation-pairs", entities, GraphNodeKind.Entity, GraphEdge.EntityRelation, loading, cancellationToken);
        await AddRelationsAsync("event-relation-pairs", events, GraphNodeKind.Event, GraphEdge.EventRelation, loading, cancellationToken);
    }

    private async Task AddRelationsAsync(string statement, List<string> ids, GraphNodeKind kind, string edgeKind, HashSet<string> loading, CancellationToken cancellationToken)
    {
        foreach (var row in await cypher.RunAsync(statement, CypherParameters.Of(("ids", ids)), cancellationToken))
        {
            var subject = row.Text("subjectId");
            var obj = row.Text("objectId");
            var edge = new GraphEdge(subject, obj, row.Text("type"), edgeKind);
            foreach (var (self, other) in new[] { (subject, obj), (obj, subject) })
            {
                if (!loading.Contains(self) || !_cache.TryGetValue(self, out var node) || node.Kind != kind || node.Edges.Any(e => e.Edge == edge)) continue;
                node.Degree++;
                if (node.Edges.Count < degreeCap) node.Edges.Add((edge, other, kind));
            }
        }
    }

    private static GraphEdge Participation(string entity, string evt, object? roles) =>
        new(entity, evt, string.Join(",", RecordValues.TextList(roles, "roles")), GraphEdge.Participation);
}
