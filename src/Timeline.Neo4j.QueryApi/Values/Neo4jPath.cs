namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// A path: nodes and the relationships between consecutive nodes (one fewer than the nodes).
/// The order says nothing about direction; each relationship's start and end ids do.
/// </summary>
public sealed record Neo4jPath
{
    public Neo4jPath(IReadOnlyList<Neo4jNode> nodes, IReadOnlyList<Neo4jRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        if (nodes.Count == 0 || relationships.Count != nodes.Count - 1)
        {
            throw new ArgumentException(
                $"A path needs at least one node and one relationship fewer than nodes; got {nodes.Count} nodes and {relationships.Count} relationships.",
                nameof(relationships));
        }

        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<Neo4jNode> Nodes { get; }

    public IReadOnlyList<Neo4jRelationship> Relationships { get; }

    public Neo4jNode Start => Nodes[0];

    public Neo4jNode End => Nodes[^1];
}
