using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>What the graph walk reads from Neo4j: edges a frontier at a time, one statement per kind of edge.</summary>
internal sealed class GraphWalkReads(ICypherRunner cypher) : IGraphWalkReads
{
    public Task<Dictionary<string, string>> CurrentEntityIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        IdLookup.EntitiesAsync(cypher, ids, cancellationToken);

    public Task<Dictionary<string, string>> CurrentEventIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        IdLookup.EventsAsync(cypher, ids, cancellationToken);

    public Task<Dictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        NodeRows.EntitiesAsync(cypher, ids, cancellationToken);

    public Task<Dictionary<string, Event>> EventsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        NodeRows.EventsAsync(cypher, ids, cancellationToken);

    public async Task LoadEdgesAsync(IReadOnlyDictionary<string, NodeEdges> nodes, int degreeCap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var entities = CypherParameters.Ids(nodes.Where(n => n.Value.Kind == GraphNodeKind.Entity).Select(n => n.Key));
        var events = CypherParameters.Ids(nodes.Where(n => n.Value.Kind == GraphNodeKind.Event).Select(n => n.Key));

        foreach (var row in await cypher.RunAsync("entity-events-capped", CypherParameters.Of(("ids", entities), ("cap", (long)degreeCap)), cancellationToken))
        {
            var entity = row.Text("entityId");
            var node = nodes[entity];
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
            var node = nodes[evt];
            node.Degree++;
            if (node.Edges.Count < degreeCap) node.Edges.Add((Participation(entity, evt, row["roles"]), entity, GraphNodeKind.Entity));
        }
        await AddRelationsAsync("entity-relation-pairs", entities, GraphNodeKind.Entity, GraphEdge.EntityRelation, nodes, degreeCap, cancellationToken);
        await AddRelationsAsync("event-relation-pairs", events, GraphNodeKind.Event, GraphEdge.EventRelation, nodes, degreeCap, cancellationToken);
    }

    private async Task AddRelationsAsync(string statement, List<string> ids, GraphNodeKind kind, string edgeKind,
        IReadOnlyDictionary<string, NodeEdges> nodes, int degreeCap, CancellationToken cancellationToken)
    {
        foreach (var row in await cypher.RunAsync(statement, CypherParameters.Of(("ids", ids)), cancellationToken))
        {
            NodeEdges.AddRelation(nodes, new GraphEdge(row.Text("subjectId"), row.Text("objectId"), row.Text("type"), edgeKind), kind, degreeCap);
        }
    }

    private static GraphEdge Participation(string entity, string evt, object? roles) =>
        new(entity, evt, string.Join(",", RecordValues.TextList(roles, "roles")), GraphEdge.Participation);
}
