using System.Text.Json;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.ConformanceHost;

/// <summary>
/// A minimal GraphQL-over-HTTP POST endpoint (JSON body in, <c>application/graphql-response+json</c> out), enough for the
/// conformance runner; the full HTTP layer replaces it with one line.
/// </summary>
internal static class GraphQLPostEndpoint
{
    public static void Map(WebApplication app, GraphQLExecutor executor, string pattern = "/graphql")
    {
        app.MapPost(pattern, async (HttpContext http) =>
        {
            GraphQLRequest request;
            try
            {
                using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
                request = ReadRequest(body.RootElement);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                await Write(http, ExecutionResult.RequestError($"The request body is not a GraphQL request: {e.Message}", "BAD_REQUEST"), StatusCodes.Status400BadRequest);
                return;
            }

            var result = await executor.ExecuteAsync(request, http.RequestServices, http.RequestAborted);
            await Write(http, result, result.HasData ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });
    }

    private static GraphQLRequest ReadRequest(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("the body must be a JSON object.");
        }

        string? Text(string name) => body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        JsonElement? Json(string name) => body.TryGetProperty(name, out var value) ? value.Clone() : null;
        return new GraphQLRequest
        {
            Query = Text("query"),
            OperationName = Text("operationName"),
            Variables = Json("variables"),
            Extensions = Json("extensions"),
        };
    }

    private static async Task Write(HttpContext http, ExecutionResult result, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await http.Response.Body.WriteAsync(result.ToUtf8Json(), http.RequestAborted);
    }
}
