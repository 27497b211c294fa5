namespace Timeline.Neo4j.QueryApi;

/// <summary>A server hint about the statement (performance, deprecation, ...); not an error.</summary>
public sealed record Neo4jNotification(
    string Code,
    string? Title,
    string? Description,
    string? Severity,
    string? Category,
    Neo4jNotificationPosition? Position);
