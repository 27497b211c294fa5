namespace Timeline.Neo4j.QueryApi;

/// <summary>A relationship as returned by a query; its direction is start node to end node.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
