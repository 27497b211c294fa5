using System.Net;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Feeds;

/// <summary>The component script and the vendor files: served by the host itself, never a CDN.</summary>
public sealed class WebAssetTests
{
    [Fact]
    public async Task The_component_script_defines_timeline_view_and_loads_vis_timeline_from_the_host()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/embed/timeline.js", UriKind.Relative), TestContext.Current.CancellationToken);
        var script = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("customElements.define('timeline-view'", script, StringComparison.Ordinal);
        Assert.Contains("/_vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", script, StringComparison.Ordinal);
        Assert.DoesNotContain("unpkg.com", script, StringComparison.Ordinal);
        Assert.DoesNotContain("jsdelivr", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cdnjs", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", "text/javascript")]
    [InlineData("/_vendor/vis-timeline/styles/vis-timeline-graph2d.min.css", "text/css")]
    [InlineData("/_vendor/vis-data/standalone/umd/vis-data.min.js", "text/javascript")]
    [InlineData("/_vendor/cytoscape/dist/cytoscape.min.js", "text/javascript")]
    public async Task Allow_listed_vendor_files_are_served_with_long_caching(string url, string mediaType)
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(7), $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/_vendor/vis-timeline/package.json")]
    [InlineData("/_vendor/cytoscape/dist/cytoscape.cjs.js")]
    [InlineData("/_vendor/..%2Fpackage.json")]
    public async Task Other_files_of_node_modules_are_not_reachable(string url)
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
