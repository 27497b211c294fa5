using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to <c>/graphql</c> as a script would, optionally with an API key.</summary>
public static class GraphQLClient
{
    public static async Task<JsonDocument> PostAsync(HttpClient client, string query, JsonObject? variables, string? bearer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request, cancellationToken);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
