using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>Reads a GET request's URL parameters; <c>variables</c> and <c>extensions</c> are JSON text. GET may run queries only.</summary>
internal static class QueryStringReader
{
    public static GraphQLRequest Read(IQueryCollection parameters) => RequestParameters.Create(
        Single(parameters, "query"),
        Single(parameters, "operationName"),
        JsonMap(parameters, "variables"),
        JsonMap(parameters, "extensions"),
        AllowedOperations.Query);

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw GraphQLHttpRequestException.BadRequest($"The \"{name}\" URL parameter is given {values.Count} times; give it once.");
    }

    private static JsonElement? JsonMap(IQueryCollection parameters, string name)
    {
        var text = Single(parameters, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        JsonElement value;
        try
        {
            using var document = JsonDocument.Parse(text);
            value = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw GraphQLHttpRequestException.BadRequest($"The \"{name}\" URL parameter is not valid JSON: {e.Message}", e);
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => value,
            JsonValueKind.Null => null,
            _ => throw GraphQLHttpRequestException.BadRequest($"The \"{name}\" URL parameter must be a JSON object or null, not {value.ValueKind.ToString().ToLowerInvariant()}."),
        };
    }
}
