using Microsoft.Extensions.Logging;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction. Every request after the open carries the server's neo4j-cluster-affinity value,
/// so a cluster routes it to the member holding the transaction. Disposing it uncommitted rolls it back,
/// because until then its write locks block other writers. Not safe for concurrent use.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpTransport _transport;
    private readonly ILogger _logger;
    private readonly Neo4jBookmarks _bookmarks;

    internal Neo4jTransaction(
        Neo4jHttpTransport transport,
        ILogger logger,
        Neo4jBookmarks bookmarks,
        TransactionInfo info,
        string? clusterAffinity,
        QueryResult? firstResult)
    {
        _transport = transport;
        _logger = logger;
        _bookmarks = bookmarks;
        Id = info.Id;
        Expires = info.Expires;
        ClusterAffinity = clusterAffinity;
        FirstResult = firstResult;
    }

    public string Id { get; }

    /// <summary>When the server will roll the transaction back if it stays idle; each response moves it on.</summary>
    public DateTimeOffset? Expires { get; private set; }

    /// <summary>The neo4j-cluster-affinity value sent back on every request of this transaction.</summary>
    public string? ClusterAffinity { get; private set; }

    public Neo4jTransactionState State { get; private set; } = Neo4jTransactionState.Open;

    /// <summary>Result of the statement passed when opening, if any.</summary>
    public QueryResult? FirstResult { get; }

    /// <summary>Runs a statement inside the transaction. Never retried: a replay could apply it twice.</summary>
    public async Task<QueryResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var exchange = await SendAsync(HttpMethod.Post, _transport.Paths.Transaction(Id), query, cancellationToken);
        if (exchange.Body.Transaction is null)
        {
            // Per the Query API docs, an answer that no longer names the transaction means it was closed.
            State = Neo4jTransactionState.ClosedByServer;
            Neo4jLog.TransactionClosed(_logger, Id, "closed by the server");
        }

        return exchange.Body.Result;
    }

    /// <summary>Commits; the bookmarks it returns become the client's for read-your-writes.</summary>
    public Task<QueryResult> CommitAsync(CancellationToken cancellationToken) => CommitAsync(null, cancellationToken);

    /// <summary>Commits after running an optional final statement. A commit is never retried.</summary>
    public async Task<QueryResult> CommitAsync(Neo4jQuery? finalQuery, CancellationToken cancellationToken)
    {
        Neo4jExchange exchange;
        try
        {
            exchange = await SendAsync(HttpMethod.Post, _transport.Paths.Commit(Id), finalQuery, cancellationToken);
        }
        catch (Neo4jUnavailableException e) when (e.RequestMayHaveReachedServer)
        {
            // The outcome is unknown, and a rollback could not undo a commit that did happen.
            State = Neo4jTransactionState.ClosedByServer;
            throw new Neo4jUnavailableException(
                e.RequestUri, true, $"the commit of transaction {Id} may or may not have been applied ({e.Message})", e);
        }

        State = Neo4jTransactionState.Committed;
        _bookmarks.Update(exchange.Body.Result.Bookmarks);
        Neo4jLog.TransactionClosed(_logger, Id, "committed");
        return exchange.Body.Result;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        await _transport.SendAsync(HttpMethod.Delete, _transport.Paths.Transaction(Id), null, ClusterAffinity, StatementId.None, cancellationToken);
        State = Neo4jTransactionState.RolledBack;
        Neo4jLog.TransactionClosed(_logger, Id, "rolled back");
    }

    /// <summary>Rolls back if still open. Failures are logged, not thrown: the server drops it on expiry anyway.</summary>
    public async ValueTask DisposeAsync()
    {
        if (State != Neo4jTransactionState.Open)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException or Neo4jProtocolException or TimeoutException)
        {
            State = Neo4jTransactionState.RolledBack;
            Neo4jLog.RollbackOnDisposeFailed(_logger, e, Id, Expires);
        }
    }

    private async Task<Neo4jExchange> SendAsync(HttpMethod method, Uri uri, Neo4jQuery? query, CancellationToken cancellationToken)
    {
        EnsureOpen();
        var body = RequestBodyWriter.Write(query, null, null);
        try
        {
            var exchange = await _transport.SendAsync(
                method, uri, body, ClusterAffinity, StatementId.For(query?.Statement), cancellationToken);
            Track(exchange.Body.Transaction, exchange.ClusterAffinity);
            return exchange;
        }
        catch (Neo4jException)
        {
            // After an error Neo4j closes the transaction (an unknown or expired id gives an error as well).
            State = Neo4jTransactionState.ClosedByServer;
            Neo4jLog.TransactionClosed(_logger, Id, "closed by the server after an error");
            throw;
        }
    }

    private void Track(TransactionInfo? info, string? clusterAffinity)
    {
        if (info?.Expires is { } expires)
        {
            Expires = expires;
        }

        ClusterAffinity = clusterAffinity ?? ClusterAffinity;
    }

    private void EnsureOpen()
    {
        if (State != Neo4jTransactionState.Open)
        {
            throw new InvalidOperationException($"Neo4j transaction {Id} is {State} and takes no further requests.");
        }
    }
}
