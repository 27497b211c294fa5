namespace Timeline.Domain.Ports;

/// <summary>A node's kept edges (each with the node at its other end) and its full degree.</summary>
public sealed class NodeEdges(GraphNodeKind kind)
{
    public GraphNodeKind Kind { get; } = kind;

    public List<(GraphEdge Edge, string Other, GraphNodeKind OtherKind)> Edges { get; } = [];

    public int Degree { get; set; }

    public bool Capped => Degree > Edges.Count;

    /// <summary>
    /// Counts a relation at both of its ends among <paramref name="loading"/> (the nodes of kind <paramref name="kind"/>
    /// being loaded), keeping at most <paramref name="degreeCap"/> edges a node; a relation reported twice counts once.
    /// </summary>
    public static void AddRelation(IReadOnlyDictionary<string, NodeEdges> loading, GraphEdge edge, GraphNodeKind kind, int degreeCap)
    {
        ArgumentNullException.ThrowIfNull(loading);
        ArgumentNullException.ThrowIfNull(edge);
        foreach (var (self, other) in new[] { (edge.From, edge.To), (edge.To, edge.From) })
        {
            if (!loading.TryGetValue(self, out var node) || node.Kind != kind || node.Edges.Any(e => e.Edge == edge)) continue;
            node.Degree++;
            if (node.Edges.Count < degreeCap) node.Edges.Add((edge, other, kind));
        }
    }
}
