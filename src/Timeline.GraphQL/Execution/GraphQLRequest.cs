using System.Text.Json;

namespace Timeline.GraphQL.Execution;

/// <summary>One GraphQL request as the GraphQL-over-HTTP format carries it.</summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text; a request without one is answered with a request error.</summary>
    public string? Query { get; init; }

    /// <summary>Which operation of the document to run; needed only when it has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variable values as a JSON object; null or a JSON null means none.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The request's extensions as a JSON object, passed through to resolvers untouched.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>
    /// The kinds of operation this request may run. The HTTP layer narrows it, e.g. a GET may not run a mutation;
    /// another kind is refused with a request error coded <see cref="ErrorCodes.OperationNotAllowed"/>.
    /// </summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>A request for <paramref name="query"/> with variables given as JSON text.</summary>
    public static GraphQLRequest Create(string query, string? variablesJson = null, string? operationName = null)
    {
        JsonElement? variables = null;
        if (variablesJson is not null)
        {
            using var document = JsonDocument.Parse(variablesJson);
            variables = document.RootElement.Clone();
        }

        return new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName };
    }
}
