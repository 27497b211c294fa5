using System.Net;

namespace Timeline.Neo4j.QueryApi;

/// <summary>An error Neo4j reported in a response's <c>errors</c> list (the last one, as the drivers do).</summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string serverMessage, HttpStatusCode statusCode)
        : base($"Neo4j error {code} (HTTP {(int)statusCode}): {serverMessage}")
    {
        Code = code;
        ServerMessage = serverMessage;
        StatusCode = statusCode;
        Classification = Classify(code);
    }

    protected Neo4jException(string message, string code, string serverMessage, HttpStatusCode statusCode)
        : base(message)
    {
        Code = code;
        ServerMessage = serverMessage;
        StatusCode = statusCode;
        Classification = Classify(code);
    }

    /// <summary>Neo4j status code such as Neo.ClientError.Statement.SyntaxError.</summary>
    public string Code { get; }

    /// <summary>The server's message text, for people; match on <see cref="Code"/> in code.</summary>
    public string ServerMessage { get; }

    public HttpStatusCode StatusCode { get; }

    public Neo4jErrorClassification Classification { get; }

    /// <summary>
    /// True for Neo.TransientError.*, except the two the official drivers treat as client errors because they
    /// follow from a deliberate termination (Transaction.Terminated, Transaction.LockClientStopped).
    /// </summary>
    public bool IsRetryable =>
        Classification == Neo4jErrorClassification.Transient
        && Code is not "Neo.TransientError.Transaction.Terminated"
        and not "Neo.TransientError.Transaction.LockClientStopped";

    public static Neo4jErrorClassification Classify(string? code)
    {
        var parts = code?.Split('.') ?? [];
        if (parts.Length < 2 || parts[0] != "Neo")
        {
            return Neo4jErrorClassification.Unknown;
        }

        return parts[1] switch
        {
            "ClientError" => Neo4jErrorClassification.Client,
            "TransientError" => Neo4jErrorClassification.Transient,
            "DatabaseError" => Neo4jErrorClassification.Database,
            _ => Neo4jErrorClassification.Unknown,
        };
    }
}
