namespace Timeline.Domain.Ports;

/// <summary>
/// The neighbourhood of a node: everything within <see cref="Hops"/> edges, taking at most
/// <see cref="DegreeCap"/> edges from any one node (hubs such as a much-reported person are capped)
/// and at most <see cref="MaxNodes"/> nodes in all.
/// </summary>
public sealed record NeighbourhoodQuery(string NodeId, int Hops = 1, int DegreeCap = 200, int MaxNodes = 1500)
{
    /// <summary>Throws a clear error for out-of-range limits.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(NodeId)) throw new ArgumentException("nodeId must not be empty.", nameof(NodeId));
        if (Hops is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(Hops), Hops, "hops must be between 1 and 4.");
        if (DegreeCap is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(DegreeCap), DegreeCap, "degreeCap must be between 1 and 10000.");
        if (MaxNodes is < 1 or > 100_000) throw new ArgumentOutOfRangeException(nameof(MaxNodes), MaxNodes, "maxNodes must be between 1 and 100000.");
    }
}
