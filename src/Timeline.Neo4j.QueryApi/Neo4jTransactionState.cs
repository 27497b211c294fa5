namespace Timeline.Neo4j.QueryApi;

public enum Neo4jTransactionState
{
    Open,
    Committed,
    RolledBack,

    /// <summary>Neo4j closed it, as it does after an error (the response no longer names the transaction).</summary>
    ClosedByServer,
}
