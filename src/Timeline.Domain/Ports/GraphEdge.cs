namespace Timeline.Domain.Ports;

/// <summary>
/// An edge of a subgraph: a participation (entity to event, labelled with the role), an event
/// relation or an entity relation (labelled with the relation type).
/// </summary>
/// <param name="From">Source node id (the entity of a participation, the subject of a relation).</param>
/// <param name="To">Target node id.</param>
/// <param name="Label">The role or the relation type.</param>
/// <param name="Kind">"participation", "eventRelation" or "entityRelation".</param>
public sealed record GraphEdge(string From, string To, string Label, string Kind)
{
    public const string Participation = "participation";
    public const string EventRelation = "eventRelation";
    public const string EntityRelation = "entityRelation";
}
