namespace Timeline.Domain.Ports;

/// <summary>Nodes and edges around a centre; <see cref="Truncated"/> says caps left some out.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);
