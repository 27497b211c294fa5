namespace Timeline.Domain.Ports;

/// <summary>A path through the graph: its nodes in order and the edges between them.</summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The number of edges.</summary>
    public int Hops => Edges.Count;
}
