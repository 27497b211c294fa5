using System.Net;
using Microsoft.Extensions.Options;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Feeds;

/// <summary>Who may frame /embed/timeline, from Timeline:Embed:AllowedOrigins.</summary>
public sealed class EmbeddingHeaderTests
{
    private const string Dashboard = "https://dashboards.example.org";

    [Fact]
    public async Task Without_allowed_origins_the_page_may_be_framed_only_by_its_own_origin()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/embed/timeline", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task An_allowed_origin_may_frame_the_page_and_no_other()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Embed:AllowedOrigins:0"] = Dashboard });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/embed/timeline", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal($"frame-ancestors 'self' {Dashboard}", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options cannot name another origin, so it would forbid the allowed one in old browsers");
    }

    [Fact]
    public async Task A_star_lets_any_origin_frame_the_page()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Embed:AllowedOrigins:0"] = "*" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/embed/timeline", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("https://dashboards.example.org/path")]
    [InlineData("dashboards.example.org")]
    [InlineData("ftp://dashboards.example.org")]
    public async Task A_malformed_origin_stops_the_host_naming_the_setting(string origin)
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Embed:AllowedOrigins:0"] = origin });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"Timeline:Embed:AllowedOrigins:0 is '{origin}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feeds_answer_an_allowed_origin_with_CORS_headers_and_no_other()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Embed:AllowedOrigins:0"] = Dashboard });
        using var client = factory.CreateClient();

        foreach (var feed in new[] { "/feeds/timeline.json", "/feeds/timeline.csv" })
        {
            using var allowed = await GetFromAsync(client, feed, Dashboard);
            using var other = await GetFromAsync(client, feed, "https://elsewhere.example.com");

            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal(Dashboard, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task Without_allowed_origins_the_feeds_carry_no_CORS_headers()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await GetFromAsync(client, "/feeds/timeline.json", Dashboard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> GetFromAsync(HttpClient client, string url, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
