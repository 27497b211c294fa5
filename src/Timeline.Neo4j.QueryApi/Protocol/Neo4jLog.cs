using Microsoft.Extensions.Logging;

namespace Timeline.Neo4j.QueryApi;

/// <summary>Log events. They name statements by id only: never their text, parameter values or credentials.</summary>
internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Neo4j {Method} {Path} for statement {StatementId} answered HTTP {Status} in {ElapsedMs:F1} ms")]
    public static partial void Exchange(ILogger logger, string method, string path, string statementId, int status, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Neo4j statement {StatementId} failed ({Reason}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string statementId, string reason, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "Neo4j transaction {TransactionId} opened for statement {StatementId}, expires {Expires}")]
    public static partial void TransactionOpened(ILogger logger, string transactionId, string statementId, DateTimeOffset? expires);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} {Outcome}")]
    public static partial void TransactionClosed(ILogger logger, string transactionId, string outcome);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning,
        Message = "Neo4j transaction {TransactionId} was disposed uncommitted and its rollback failed; the server drops it when it expires at {Expires}")]
    public static partial void RollbackOnDisposeFailed(ILogger logger, Exception exception, string transactionId, DateTimeOffset? expires);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug,
        Message = "Neo4j statement {StatementId} returned {RowCount} rows in {ElapsedMs:F1} ms")]
    public static partial void StatementCompleted(ILogger logger, string statementId, int rowCount, double elapsedMs);
}
