using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Timeline.GraphQL.Tests.Http;

public sealed class CorsTests
{
    private const string Allowed = "https://app.example";

    [Fact]
    public async Task The_endpoint_answers_preflights_with_its_own_policy()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.Cors = Policy());
        using var response = await server.Client.SendAsync(Preflight(Allowed), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoint_policy_marks_allowed_origins_only()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.Cors = Policy());

        using var allowed = await server.Client.SendAsync(Post(Allowed), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal([Allowed], allowed.Headers.GetValues("Access-Control-Allow-Origin"));

        using var other = await server.Client.SendAsync(Post("https://elsewhere.example"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_ASP_NET_Core_policy_on_the_endpoint_works_too()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            services: s => s.AddCors(c => c.AddPolicy("graphql", Policy())),
            pipeline: (app, endpoint) =>
            {
                app.UseCors();
                endpoint.RequireCors("graphql");
            });
        using var response = await server.Client.SendAsync(Preflight(Allowed), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_a_policy_OPTIONS_lists_the_allowed_methods()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.Client.SendAsync(Preflight(Allowed), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST", "OPTIONS"], response.Content.Headers.Allow);
    }

    private static CorsPolicy Policy() => new CorsPolicyBuilder().WithOrigins(Allowed).WithMethods("GET", "POST").AllowAnyHeader().Build();

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static HttpRequestMessage Post(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", origin);
        return request;
    }
}
