namespace Timeline.Neo4j.QueryApi;

/// <summary>A response's <c>transaction</c> object; its absence means the server closed the transaction.</summary>
internal sealed record TransactionInfo(string Id, DateTimeOffset? Expires);
