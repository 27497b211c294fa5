namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// A node as returned by a query. The element id is only meaningful inside the transaction that returned it,
/// so match on your own keys across transactions.
/// </summary>
public sealed record Neo4jNode(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties);
