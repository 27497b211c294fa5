using System.Text.Json;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>The checks POST bodies and GET URLs share once their parameters are read.</summary>
internal static class RequestParameters
{
    public static GraphQLRequest Create(string? query, string? operationName, JsonElement? variables, JsonElement? extensions, AllowedOperations allowed)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw GraphQLHttpRequestException.BadRequest("The request has no \"query\" parameter: it must be the GraphQL document as a string.");
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
            AllowedOperations = allowed,
        };
    }

    public static GraphQLHttpRequestException WrongType(string name, string expected, JsonTokenType found) =>
        GraphQLHttpRequestException.BadRequest($"The \"{name}\" parameter must be {expected} or null, not {Describe(found)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => token.ToString(),
    };
}
