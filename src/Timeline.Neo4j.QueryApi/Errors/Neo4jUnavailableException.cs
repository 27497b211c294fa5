namespace Timeline.Neo4j.QueryApi;

/// <summary>Neo4j could not be reached, or the exchange broke before an answer arrived.</summary>
public sealed class Neo4jUnavailableException : Exception
{
    public Neo4jUnavailableException(Uri requestUri, bool requestMayHaveReachedServer, string reason, Exception? innerException = null)
        : base($"Neo4j at {requestUri} is unavailable: {reason}", innerException)
    {
        RequestUri = requestUri;
        RequestMayHaveReachedServer = requestMayHaveReachedServer;
    }

    public Uri RequestUri { get; }

    /// <summary>
    /// False only when the connection was never made (refused, name not resolved, TLS failed): only then is
    /// replaying a write known to be safe.
    /// </summary>
    public bool RequestMayHaveReachedServer { get; }
}
