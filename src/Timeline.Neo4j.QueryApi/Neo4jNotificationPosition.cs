namespace Timeline.Neo4j.QueryApi;

/// <summary>Where in the statement a notification points (1-based line and column, 0-based offset).</summary>
public sealed record Neo4jNotificationPosition(int Offset, int Line, int Column);
