namespace Timeline.Domain.Ports;

/// <summary>A node of a subgraph: an event or an entity, with a label to show.</summary>
/// <param name="Id">The event or entity id.</param>
/// <param name="Kind">Event or entity.</param>
/// <param name="Label">The event title or entity name.</param>
/// <param name="Degree">How many edges the node has in the whole graph (more than shown when capped).</param>
public sealed record GraphNode(string Id, GraphNodeKind Kind, string Label, int Degree);
