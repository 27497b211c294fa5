using Microsoft.Extensions.Logging;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Bounded retries with doubling backoff, for auto-commit queries and transaction opens only: a statement
/// inside an open transaction is never replayed, and neither is a commit.
/// </summary>
internal static class RetryLoop
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> attempt,
        bool readOnly,
        string statementId,
        Neo4jClientOptions options,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        for (var retry = 1; ; retry++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (Exception e) when (retry <= options.MaxRetries && IsRetryable(e, readOnly))
            {
                var delay = DelayBefore(retry, options.RetryBackoff);
                Neo4jLog.Retrying(logger, statementId, Reason(e), retry, options.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Transient server errors roll the work back, so a replay is safe. A connection failure is safe to replay
    /// only when the request never left, or when it could not have written anything.
    /// </summary>
    public static bool IsRetryable(Exception exception, bool readOnly) => exception switch
    {
        Neo4jException neo4j => neo4j.IsRetryable,
        Neo4jUnavailableException unavailable => readOnly || !unavailable.RequestMayHaveReachedServer,
        _ => false,
    };

    public static TimeSpan DelayBefore(int retry, TimeSpan backoff)
    {
        var factor = Math.Pow(2, Math.Min(retry - 1, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(backoff.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }

    private static string Reason(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.Code,
        _ => exception.GetType().Name,
    };
}
