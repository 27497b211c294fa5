namespace Timeline.GraphQL.Execution;

/// <summary>
/// The values of <c>extensions.code</c> on request errors, so that clients and the HTTP layer can tell
/// the kinds apart without reading messages.
/// </summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadVariables = "BAD_USER_INPUT";
    public const string MissingQuery = "MISSING_QUERY";
    public const string UnknownOperation = "OPERATION_RESOLUTION_FAILURE";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string Timeout = "EXECUTION_TIMEOUT";
}
