using Microsoft.Data.Sqlite;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>
/// The graph as undirected adjacency, loaded a frontier at a time (one set read per kind of edge)
/// and cached. Each node keeps at most the cap of its edges, newest events first, and its full degree.
/// </summary>
internal sealed class Adjacency(SqliteConnection connection, int degreeCap)
{
    private const string EventsOfEntities = """
        SELECT entity_id, event_id, roles, deg FROM (
            SELECT entity_id, event_id, roles,
                   row_number() OVER (PARTITION BY entity_id ORDER BY earliest DESC, latest DESC, event_id) AS rn,
                   count(*) OVER (PARTITION BY entity_id) AS deg
            FROM participations WHERE entity_id IN (SELECT value FROM json_each($p0)))
        WHERE rn <= $p1
        """;

    private const string EntitiesOfEvents = """
        SELECT event_id, entity_id, roles FROM participations WHERE event_id IN (SELECT value FROM json_each($p0))
        """;

    private const string EntityRelations = """
        SELECT DISTINCT rc.type, es.entity_id, eo.entity_id
        FROM entity_members es JOIN relation_claims rc ON rc.subject_ref = es.mention_id AND rc.ends = 'entity'
        JOIN entity_members eo ON eo.mention_id = rc.object_ref
        WHERE es.entity_id IN (SELECT value FROM json_each($p0))
        UNION
        SELECT rc.type, es.entity_id, eo.entity_id
        FROM entity_members eo JOIN relation_claims rc ON rc.object_ref = eo.mention_id AND rc.ends = 'entity'
        JOIN entity_members es ON es.mention_id = rc.subject_ref
        WHERE eo.entity_id IN (SELECT value FROM json_each($p0))
        """;

    private const string EventRelations = """
        SELECT DISTINCT rc.type, es.event_id, eo.event_id
        FROM event_reports es JOIN relation_claims rc ON rc.subject_ref = es.report_id AND rc.ends = 'event'
        JOIN event_reports eo ON eo.report_id = rc.object_ref
        WHERE es.event_id IN (SELECT value FROM json_each($p0))
        UNION
        SELECT rc.type, es.event_id, eo.event_id
        FROM event_reports eo JOIN relation_claims rc ON rc.object_ref = eo.report_id AND rc.ends = 'event'
        JOIN event_reports es ON es.report_id = rc.subject_ref
        WHERE eo.event_id IN (SELECT value FROM json_each($p0))
        """;

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
        var entities = JsonColumns.List(missing.Where(n => n.Kind == GraphNodeKind.Entity).Select(n => n.Id));
        var events = JsonColumns.List(missing.Where(n => n.Kind == GraphNodeKind.Event).Select(n => n.Id));

        foreach (var (entity, evt, roles, degree) in await Sql.ListAsync(connection, EventsOfEntities,
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), cancellationToken, entities, degreeCap))
        {
            var node = _cache[entity];
            node.Degree = degree;
            node.Edges.Add((Participation(entity, evt, roles), evt, GraphNodeKind.Event));
        }
        foreach (var (evt, entity, roles) in await Sql.ListAsync(connection, EntitiesOfEvents,
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken, events))
        {
            var node = _cache[evt];
            node.Degree++;
            if (node.Edges.Count < degreeCap) node.Edges.Add((Participation(entity, evt, roles), entity, GraphNodeKind.Entity));
        }
        var loading = missing.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        await AddRelationsAsync(EntityRelations, entities, GraphNodeKind.Entity, GraphEdge.EntityRelation, loading, cancellationToken);
        await AddRelationsAsync(EventRelations, events, GraphNodeKind.Event, GraphEdge.EventRelation, loading, cancellationToken);
    }

    private async Task AddRelationsAsync(string sql, string idsJson, GraphNodeKind kind, string edgeKind, HashSet<string> loading, CancellationToken cancellationToken)
    {
        foreach (var (type, subject, obj) in await Sql.ListAsync(connection, sql, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken, idsJson))
        {
            var edge = new GraphEdge(subject, obj, type, edgeKind);
            foreach (var (self, other) in new[] { (subject, obj), (obj, subject) })
            {
                if (!loading.Contains(self) || !_cache.TryGetValue(self, out var node) || node.Kind != kind || node.Edges.Any(e => e.Edge == edge)) continue;
                node.Degree++;
                if (node.Edges.Count < degreeCap) node.Edges.Add((edge, other, kind));
            }
        }
    }

    private static GraphEdge Participation(string entity, string evt, string roles) =>
        new(entity, evt, string.Join(",", JsonColumns.ReadList(roles)), GraphEdge.Participation);
}
