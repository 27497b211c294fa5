using Microsoft.Extensions.Logging;
using Timeline.Neo4j.QueryApi;

namespace Timeline.Storage.Neo4j.Cypher;

/// <summary>
/// The store's connection to Neo4j: reads run as auto-commit read queries, writes in one explicit
/// transaction that takes the writer lock first. Every failure of the client is wrapped with the server,
/// database and statement file, so an operator reading the log knows where to look.
/// </summary>
internal sealed partial class CypherSession(Neo4jQueryClient client, Uri server, ILogger logger) : ICypherRunner
{
    public async Task<IReadOnlyList<Neo4jRecord>> RunAsync(string statementName, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var query = new Neo4jQuery(CypherStatements.Get(statementName), parameters);
        try
        {
            var result = await client.RunAsync(query, Neo4jRunOptions.Read, cancellationToken);
            return result.Records;
        }
        catch (Exception e) when (IsClientFailure(e))
        {
            throw Wrap(e, statementName);
        }
    }

    /// <summary>Runs one schema statement (DDL), which Neo4j takes only outside explicit transactions.</summary>
    public async Task RunSchemaAsync(string statement, CancellationToken cancellationToken)
    {
        try
        {
            await client.RunAsync(new Neo4jQuery(statement), Neo4jRunOptions.Write, cancellationToken);
        }
        catch (Exception e) when (IsClientFailure(e))
        {
            throw Wrap(e, "schema");
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction: committed when it returns, rolled back when it throws.</summary>
    public async Task<T> WriteAsync<T>(Func<ICypherRunner, Task<T>> work, CancellationToken cancellationToken)
    {
        Neo4jTransaction transaction;
        try
        {
            transaction = await client.BeginTransactionAsync(cancellationToken);
        }
        catch (Exception e) when (IsClientFailure(e))
        {
            throw Wrap(e, "(begin transaction)");
        }
        await using (transaction)
        {
            var runner = new TransactionRunner(this, transaction);
            await runner.RunAsync("write-lock-take", CypherParameters.None, cancellationToken);
            T result;
            try
            {
                result = await work(runner);
            }
            catch
            {
                await RollbackQuietlyAsync(transaction);
                throw;
            }
            try
            {
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception e) when (IsClientFailure(e))
            {
                throw Wrap(e, "(commit)");
            }
            return result;
        }
    }

    private async Task RollbackQuietlyAsync(Neo4jTransaction transaction)
    {
        if (transaction.State != Neo4jTransactionState.Open) return;
        try
        {
            // Not the caller's token: a cancelled write must still release its locks.
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (IsClientFailure(e))
        {
            LogRollbackFailed(logger, transaction.Id, e);
        }
    }

    private Neo4jStoreException Wrap(Exception e, string statementName) => e switch
    {
        Neo4jAuthenticationException auth => new Neo4jStoreException(
            $"Neo4j at {server} rejected the store's credentials for user '{auth.User}' (check Timeline:Neo4j:User and Timeline:Neo4j:Password): {auth.Message}", e),
        Neo4jUnavailableException => new Neo4jStoreException(
            $"Neo4j at {server} (database '{client.Database}') cannot be reached (check Timeline:Neo4j:Uri and that the server runs): {e.Message}", e),
        _ => new Neo4jStoreException($"Neo4j at {server} (database '{client.Database}') failed statement cypher/{statementName}.cypher: {e.Message}", e),
    };

    private static bool IsClientFailure(Exception e) =>
        e is Neo4jException or Neo4jUnavailableException or Neo4jProtocolException or TimeoutException;

    private sealed class TransactionRunner(CypherSession session, Neo4jTransaction transaction) : ICypherRunner
    {
        public async Task<IReadOnlyList<Neo4jRecord>> RunAsync(string statementName, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            try
            {
                var result = await transaction.RunAsync(new Neo4jQuery(CypherStatements.Get(statementName), parameters), cancellationToken);
                return result.Records;
            }
            catch (Exception e) when (IsClientFailure(e))
            {
                throw session.Wrap(e, statementName);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling back Neo4j transaction {TransactionId} failed; the server drops it when it expires")]
    private static partial void LogRollbackFailed(ILogger logger, string transactionId, Exception exception);
}
