using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.GraphQL.AspNetCore;
using Xunit;

namespace Timeline.GraphQL.Tests.Http;

/// <summary>A minimal WebApplication on a TestServer with the test schema mapped at <c>/graphql</c>.</summary>
internal sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private GraphQLTestServer(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLHttpOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication, IEndpointConventionBuilder>? pipeline = null,
        WaitProbe? probe = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        var endpoint = app.MapGraphQL("/graphql", HttpTestSchema.Create(probe), configure);
        pipeline?.Invoke(app, endpoint);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new GraphQLTestServer(app);
    }

    /// <summary>A POST of <paramref name="json"/> as <c>application/json</c>, with the given Accept header (none when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static string Body(string query, object? variables = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables });

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
