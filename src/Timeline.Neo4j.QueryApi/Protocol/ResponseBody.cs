namespace Timeline.Neo4j.QueryApi;

/// <summary>A parsed Query API response body. When <see cref="Errors"/> is non-empty the data is not read.</summary>
internal sealed record ResponseBody(QueryResult Result, IReadOnlyList<ServerError> Errors, TransactionInfo? Transaction)
{
    public static ResponseBody Empty { get; } = new(QueryResult.Empty, [], null);
}
