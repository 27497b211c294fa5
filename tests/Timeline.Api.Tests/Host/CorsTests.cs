using System.Net;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class CorsTests
{
    private const string Allowed = "https://dashboards.example.org";

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_its_headers()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Cors:AllowedOrigins:0"] = Allowed });
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(Allowed), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_origin_gets_no_CORS_headers()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Cors:AllowedOrigins:0"] = Allowed });
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("https://elsewhere.example.com"), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cross_origin_query_from_an_allowed_origin_carries_the_allow_origin_header()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Cors:AllowedOrigins:0"] = Allowed });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", Allowed);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
