using System.Net;
using System.Text.Json;
using Xunit;

namespace Timeline.GraphQL.Tests.Http;

/// <summary>Assertions on GraphQL HTTP responses: status, media type, and the shape of the body.</summary>
internal static class GraphQLAssert
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task<JsonElement> ResponseAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await GraphQLTestServer.ReadJsonAsync(response);
    }

    /// <summary>A request error: errors, and no data entry at all.</summary>
    public static async Task<JsonElement> RequestErrorAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        var body = await ResponseAsync(response, status, mediaType);
        Assert.False(body.TryGetProperty("data", out _), "a request error has no data entry: " + body);
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
        return body;
    }

    public static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
}
