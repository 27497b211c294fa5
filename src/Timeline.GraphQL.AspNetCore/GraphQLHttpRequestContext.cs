using Microsoft.AspNetCore.Http;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>One well-formed GraphQL request over HTTP as <see cref="GraphQLHttpOptions.OnRequest"/> sees it, before it runs.</summary>
public sealed class GraphQLHttpRequestContext
{
    public GraphQLHttpRequestContext(HttpContext httpContext, GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(request);
        HttpContext = httpContext;
        Request = request;
    }

    public HttpContext HttpContext { get; }

    /// <summary>The request to run; replace it (e.g. <c>Request with { ... }</c>) to change what runs.</summary>
    public GraphQLRequest Request { get; set; }

    /// <summary>Cancelled when the client goes away.</summary>
    public CancellationToken RequestAborted => HttpContext.RequestAborted;

    /// <summary>The status code the request was rejected with; null while it may run.</summary>
    public int? RejectedStatusCode { get; private set; }

    /// <summary>The error the rejected request is answered with.</summary>
    public GraphQLError? RejectedError { get; private set; }

    /// <summary>Refuses the request: it does not run and is answered with this status and one error.</summary>
    /// <param name="statusCode">A 4xx or 5xx status, e.g. 401 or 403.</param>
    /// <param name="message">The error message the client sees.</param>
    /// <param name="code">The error's <c>extensions.code</c>.</param>
    public void Reject(int statusCode, string message, string code = GraphQLHttpErrorCodes.Forbidden)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        RejectedStatusCode = statusCode;
        RejectedError = new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code });
    }
}
