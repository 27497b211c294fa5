using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Client for Neo4j's HTTP Query API v2 (Neo4j 5.26 LTS and 2025.x) speaking typed JSON.
/// Typed-client friendly: <c>services.AddHttpClient&lt;Neo4jQueryClient&gt;()</c>, or
/// <see cref="Neo4jServiceCollectionExtensions.AddNeo4jQueryClient"/> which also shares the bookmarks.
/// </summary>
public sealed class Neo4jQueryClient
{
    private readonly Neo4jHttpTransport _transport;
    private readonly ILogger _logger;

    public Neo4jQueryClient(
        HttpClient httpClient,
        IOptions<Neo4jClientOptions> options,
        ILogger<Neo4jQueryClient> logger,
        Neo4jBookmarks? bookmarks = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        Neo4jClientOptionsValidator.ThrowIfInvalid(options.Value);
        _transport = new Neo4jHttpTransport(httpClient, options.Value, logger);
        _logger = logger;
        Bookmarks = bookmarks ?? new Neo4jBookmarks();
    }

    /// <summary>The bookmarks of the last committed work, sent on later requests unless a caller passes its own.</summary>
    public Neo4jBookmarks Bookmarks { get; }

    public string Database => _transport.Options.Database;

    /// <summary>Runs one statement in its own (auto-commit) transaction, in write mode.</summary>
    public Task<QueryResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken) =>
        RunAsync(query, Neo4jRunOptions.Write, cancellationToken);

    /// <summary>
    /// Runs one statement in its own (auto-commit) transaction. Transient errors and connection failures
    /// are retried up to <see cref="Neo4jClientOptions.MaxRetries"/> times.
    /// </summary>
    public async Task<QueryResult> RunAsync(Neo4jQuery query, Neo4jRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var statementId = StatementId.For(query.Statement);
        var body = RequestBodyWriter.Write(query, options.AccessMode, options.Bookmarks ?? Bookmarks.Current);
        var started = Stopwatch.GetTimestamp();
        var exchange = await PostWithRetriesAsync(_transport.Paths.AutoCommit, body, options, statementId, cancellationToken);
        var result = exchange.Body.Result;
        Bookmarks.Update(result.Bookmarks);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Neo4jLog.StatementCompleted(_logger, statementId, result.Records.Count, elapsed.TotalMilliseconds);
        return result;
    }

    /// <summary>Opens an explicit write transaction with no first statement.</summary>
    public Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        BeginTransactionAsync(Neo4jRunOptions.Write, null, cancellationToken);

    /// <summary>
    /// Opens an explicit transaction, optionally running a first statement (its result is
    /// <see cref="Neo4jTransaction.FirstResult"/>). Opening is retried like an auto-commit query, since a
    /// failed open leaves nothing behind; statements inside the transaction are not.
    /// </summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(
        Neo4jRunOptions options,
        Neo4jQuery? firstQuery,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var statementId = StatementId.For(firstQuery?.Statement);
        var body = RequestBodyWriter.Write(firstQuery, options.AccessMode, options.Bookmarks ?? Bookmarks.Current);
        var exchange = await PostWithRetriesAsync(_transport.Paths.OpenTransaction, body, options, statementId, cancellationToken);

        var info = exchange.Body.Transaction
            ?? throw new Neo4jProtocolException("$.transaction", "Neo4j opened no transaction (the response has no transaction object).");
        Neo4jLog.TransactionOpened(_logger, info.Id, statementId, info.Expires);
        return new Neo4jTransaction(
            _transport, _logger, Bookmarks, info, exchange.ClusterAffinity, firstQuery is null ? null : exchange.Body.Result);
    }

    private Task<Neo4jExchange> PostWithRetriesAsync(
        Uri uri, byte[] body, Neo4jRunOptions options, string statementId, CancellationToken cancellationToken) =>
        RetryLoop.RunAsync(
            token => _transport.SendAsync(HttpMethod.Post, uri, body, null, statementId, token),
            options.AccessMode == Neo4jAccessMode.Read,
            statementId,
            _transport.Options,
            _logger,
            cancellationToken);
}
