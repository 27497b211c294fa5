using System.Net;
using System.Text.RegularExpressions;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Explorer;

public sealed partial class ExplorerEndpointTests
{
    private const string Dashboard = "https://dashboards.example.org";

    [Fact]
    public async Task The_explore_page_is_served_as_html_that_only_its_own_origin_may_frame_by_default()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/explore?focus=person-qasem-sulaimani", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<title>Timeline explorer</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_allowed_origin_the_explore_page_may_be_framed_by_it()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Embed:AllowedOrigins:0"] = Dashboard });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/explore", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"frame-ancestors 'self' {Dashboard}", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Every_script_and_stylesheet_the_page_links_resolves_with_its_content_type_and_none_comes_from_another_host()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/explore", TestContext.Current.CancellationToken);
        var page = new Uri(client.BaseAddress!, "/explore");

        var links = AssetLinks().Matches(html).Select(m => (Attribute: m.Groups["attribute"].Value, Url: m.Groups["url"].Value)).ToList();

        Assert.Contains(links, link => link.Url.EndsWith("cytoscape.min.js", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Url.EndsWith("explorer.js", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Url.EndsWith("explorer.css", StringComparison.Ordinal));
        foreach (var (attribute, url) in links)
        {
            var resolved = new Uri(page, url);
            Assert.Equal(page.Authority, resolved.Authority);
            using var asset = await client.GetAsync(resolved, TestContext.Current.CancellationToken);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{resolved} answered {(int)asset.StatusCode}");
            var expected = attribute == "src" ? "text/javascript" : "text/css";
            Assert.Equal(expected, asset.Content.Headers.ContentType?.MediaType);
            Assert.True(asset.Content.Headers.ContentLength > 0, $"{resolved} is empty");
        }
    }

    [Fact]
    public async Task A_HEAD_of_the_page_answers_its_headers_without_a_body()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/explore"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_script_answers_304_to_a_browser_that_has_it()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/explore/explorer.js", TestContext.Current.CancellationToken);
        var tag = first.Headers.ETag ?? throw new InvalidOperationException("The script carries no ETag.");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/explore/explorer.js");
        again.Headers.IfNoneMatch.Add(tag);

        using var response = await client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task The_url_fields_of_events_and_entities_open_the_explorer_on_them()
    {
        await using var graph = await Queries.SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var data = await graph.QueryAsync(
            "query($id: ID!) { entity(id: $id) { url timeline(first: 1) { nodes { id url } } } }", new { id = soleimani });

        var entity = data.GetProperty("entity");
        Assert.Equal("/explore?focus=" + Uri.EscapeDataString(soleimani), entity.GetProperty("url").GetString());
        var strike = entity.GetProperty("timeline").GetProperty("nodes")[0];
        Assert.Equal("/explore?focus=" + Uri.EscapeDataString(strike.GetProperty("id").GetString()!), strike.GetProperty("url").GetString());
        using var page = await graph.Client.GetAsync(entity.GetProperty("url").GetString(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [GeneratedRegex("<(?:script|link)\\b[^>]*?\\b(?<attribute>src|href)=\"(?<url>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AssetLinks();
}
