using System.Net;

namespace Timeline.Neo4j.QueryApi;

/// <summary>Neo4j refused the request's credentials (401) or the user's access (403).</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException(string user, string code, string serverMessage, HttpStatusCode statusCode)
        : base(Describe(user, serverMessage, statusCode), code, serverMessage, statusCode)
    {
        User = user;
    }

    public string User { get; }

    private static string Describe(string user, string serverMessage, HttpStatusCode statusCode) =>
        statusCode == HttpStatusCode.Forbidden
            ? $"Neo4j denied user '{user}' access (HTTP 403): {serverMessage}"
            : $"Neo4j rejected the credentials for user '{user}' (HTTP {(int)statusCode}): {serverMessage}";
}
