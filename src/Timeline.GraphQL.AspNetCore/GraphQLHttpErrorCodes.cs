namespace Timeline.GraphQL.AspNetCore;

/// <summary>
/// The <c>extensions.code</c> of errors the HTTP layer answers before a request reaches the executor; the executor's own
/// codes are in <see cref="Execution.ErrorCodes"/>.
/// </summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The body or the URL parameters are not a GraphQL request (bad JSON, wrong parameter types, no query).</summary>
    public const string BadRequest = "BAD_REQUEST";

    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    public const string NotAcceptable = "NOT_ACCEPTABLE";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The default code of <see cref="GraphQLHttpRequestContext.Reject"/>.</summary>
    public const string Forbidden = "FORBIDDEN";

    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
