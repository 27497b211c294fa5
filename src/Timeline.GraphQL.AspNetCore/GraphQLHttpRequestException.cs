namespace Timeline.GraphQL.AspNetCore;

/// <summary>An HTTP request that is not a GraphQL request the endpoint can run; answered with its status and one error.</summary>
internal sealed class GraphQLHttpRequestException : Exception
{
    public GraphQLHttpRequestException(int statusCode, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    public string Code { get; }

    public static GraphQLHttpRequestException BadRequest(string message, Exception? innerException = null) =>
        new(400, GraphQLHttpErrorCodes.BadRequest, message, innerException);
}
