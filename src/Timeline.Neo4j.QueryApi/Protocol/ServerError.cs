namespace Timeline.Neo4j.QueryApi;

/// <summary>One entry of a response's <c>errors</c> list.</summary>
internal sealed record ServerError(string Code, string Message);
