using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>What the graph walk reads from the SQLite store: edges a frontier at a time, one set read per kind of edge.</summary>
internal sealed class GraphWalkReads(SqliteConnection connection) : IGraphWalkReads
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

    public Task<Dictionary<string, string>> CurrentEntityIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        IdLookup.EntitiesAsync(connection, ids, cancellationToken);

    public Task<Dictionary<string, string>> CurrentEventIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        IdLookup.EventsAsync(connection, ids, cancellationToken);

    public Task<Dictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        EntityRows.ByIdsAsync(connection, ids, cancellationToken);

    public Task<Dictionary<string, Event>> EventsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        EventRows.ByIdsAsync(connection, ids, cancellationToken);

    public async Task LoadEdgesAsync(IReadOnlyDictionary<string, NodeEdges> nodes, int degreeCap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var entities = JsonColumns.List(nodes.Where(n => n.Value.Kind == GraphNodeKind.Entity).Select(n => n.Key));
        var events = JsonColumns.List(nodes.Where(n => n.Value.Kind == GraphNodeKind.Event).Select(n => n.Key));

        foreach (var (entity, evt, roles, degree) in await Sql.ListAsync(connection, EventsOfEntities,
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), cancellationToken, entities, degreeCap))
        {
            var node = nodes[entity];
            node.Degree = degree;
            node.Edges.Add((Participation(entity, evt, roles), evt, GraphNodeKind.Event));
        }
        foreach (var (evt, entity, roles) in await Sql.ListAsync(connection, EntitiesOfEvents,
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken, events))
        {
            var node = nodes[evt];
            node.Degree++;
            if (node.Edges.Count < degreeCap) node.Edges.Add((Participation(entity, evt, roles), entity, GraphNodeKind.Entity));
        }
        await AddRelationsAsync(EntityRelations, entities, GraphNodeKind.Entity, GraphEdge.EntityRelation, nodes, degreeCap, cancellationToken);
        await AddRelationsAsync(EventRelations, events, GraphNodeKind.Event, GraphEdge.EventRelation, nodes, degreeCap, cancellationToken);
    }

    private async Task AddRelationsAsync(string sql, string idsJson, GraphNodeKind kind, string edgeKind,
        IReadOnlyDictionary<string, NodeEdges> nodes, int degreeCap, CancellationToken cancellationToken)
    {
        foreach (var (type, subject, obj) in await Sql.ListAsync(connection, sql, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken, idsJson))
        {
            NodeEdges.AddRelation(nodes, new GraphEdge(subject, obj, type, edgeKind), kind, degreeCap);
        }
    }

    private static GraphEdge Participation(string entity, string evt, string roles) =>
        new(entity, evt, string.Join(",", JsonColumns.ReadList(roles)), GraphEdge.Participation);
}
