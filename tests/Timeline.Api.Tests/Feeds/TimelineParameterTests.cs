using System.Net;
using System.Text.Json;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Feeds;

/// <summary>The query parameters the page and the feeds share: bad values are a 400 naming the parameter.</summary>
public sealed class TimelineParameterTests
{
    [Theory]
    [InlineData("/feeds/timeline.json?from=2020-13-01", "from", "2020-13-01")]
    [InlineData("/feeds/timeline.csv?to=yesterday", "to", "yesterday")]
    [InlineData("/feeds/timeline.json?from=2021-01-01&to=2020-01-01", "to", "before from")]
    [InlineData("/feeds/timeline.json?minSources=two", "minSources", "two")]
    [InlineData("/feeds/timeline.json?minSources=-1", "minSources", "-1")]
    [InlineData("/embed/timeline?theme=blue", "theme", "blue")]
    [InlineData("/embed/timeline?height=tall", "height", "tall")]
    [InlineData("/embed/timeline?from=2020-01-01&from=2020-02-01", "from", "more than once")]
    public async Task A_bad_value_is_a_400_naming_the_parameter_and_why(string url, string parameter, string expected)
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains($"'{parameter}'", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_hands_its_parameters_to_the_component_as_attributes_encoded()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(
            new Uri("/embed/timeline?entities=a,b&entities=c&types=vote&from=2020-01-01&min-sources=2&theme=dark&height=480&tags=%22x%3C", UriKind.Relative),
            TestContext.Current.CancellationToken);

        Assert.Contains(
            "<timeline-view entities=\"a,b,c\" types=\"vote\" tags=\"&quot;x&lt;\" from=\"2020-01-01\" min-sources=\"2\" theme=\"dark\" height=\"480px\"></timeline-view>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" data-theme=\"dark\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/embed/timeline.js\"", html, StringComparison.Ordinal);
    }
}
