using System.Net.Http.Json;
using System.Text.Json;
using Timeline.Api.Tests.Queries;
using Xunit;

namespace Timeline.Api.Tests.Feeds;

/// <summary>/feeds/timeline.json over the sample articles, in Knight Lab TimelineJS3's format.</summary>
public sealed class TimelineJsFeedTests
{
    [Fact]
    public async Task Every_event_has_the_documented_TimelineJS_fields()
    {
        await using var graph = await SampleGraph.StartAsync();

        var feed = await GetAsync(graph, "/feeds/timeline.json");

        Assert.Equal("Timeline", feed.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        var events = feed.GetProperty("events").EnumerateArray().ToList();
        Assert.True(events.Count >= 10, $"The samples have more events than {events.Count}");
        Assert.All(events, slide =>
        {
            Assert.StartsWith("event-", slide.GetProperty("unique_id").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Number, slide.GetProperty("start_date").GetProperty("year").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(slide.GetProperty("display_date").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(slide.GetProperty("text").GetProperty("headline").GetString()));
            Assert.Contains("Sources:", slide.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(slide.GetProperty("group").GetString()));
            var media = slide.GetProperty("media");
            Assert.StartsWith("<blockquote>", media.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(media.GetProperty("credit").GetString()));
        });
        Assert.Equal(events.Count, events.Select(slide => slide.GetProperty("unique_id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task The_month_precise_strike_has_a_year_and_month_but_no_day_and_is_credited_to_both_publishers()
    {
        await using var graph = await SampleGraph.StartAsync();

        var feed = await GetAsync(graph, "/feeds/timeline.json?types=targeted-killing");

        var strike = Assert.Single(feed.GetProperty("events").EnumerateArray());
        var start = strike.GetProperty("start_date");
        Assert.Equal(2020, start.GetProperty("year").GetInt32());
        Assert.Equal(1, start.GetProperty("month").GetInt32());
        Assert.False(start.TryGetProperty("day", out _), $"A month-precise event has no day: {start}");
        Assert.False(strike.TryGetProperty("end_date", out _));
        Assert.Equal("January 2020", strike.GetProperty("display_date").GetString());
        var credit = strike.GetProperty("media").GetProperty("credit").GetString();
        Assert.Contains("Al Jazeera", credit, StringComparison.Ordinal);
        Assert.Contains("NDTV", credit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_has_an_end_date_and_a_year_precise_event_only_a_year()
    {
        await using var graph = await SampleGraph.StartAsync();

        var feed = await GetAsync(graph, "/feeds/timeline.json?types=troop-withdrawal,invasion");

        var slides = feed.GetProperty("events").EnumerateArray().ToDictionary(slide => slide.GetProperty("group").GetString()!);
        var withdrawal = slides["troop-withdrawal"];
        Assert.Equal("""{"year":2009}""", withdrawal.GetProperty("start_date").GetRawText());
        Assert.Equal("""{"year":2016}""", withdrawal.GetProperty("end_date").GetRawText());
        Assert.Equal("2009 – 2016", withdrawal.GetProperty("display_date").GetString());
        Assert.Equal("""{"year":2003}""", slides["invasion"].GetProperty("start_date").GetRawText());
    }

    [Fact]
    public async Task The_filters_of_the_page_narrow_the_feed()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var byEntity = await GetAsync(graph, "/feeds/timeline.json?entities=" + Uri.EscapeDataString(soleimani));
        var from2021 = await GetAsync(graph, "/feeds/timeline.json?from=2021-01-01&to=2021-12-31");
        var twoSources = await GetAsync(graph, "/feeds/timeline.json?minSources=2");
        var all = await GetAsync(graph, "/feeds/timeline.json");

        Assert.Contains(byEntity.GetProperty("events").EnumerateArray(), slide => slide.GetProperty("group").GetString() == "targeted-killing");
        Assert.All(byEntity.GetProperty("events").EnumerateArray(), slide => Assert.Contains("Soleimani", slide.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(from2021.GetProperty("events").EnumerateArray());
        Assert.All(from2021.GetProperty("events").EnumerateArray(), slide => Assert.True(
            (slide.TryGetProperty("end_date", out var end) ? end : slide.GetProperty("start_date")).GetProperty("year").GetInt32() >= 2021, slide.ToString()));
        Assert.All(twoSources.GetProperty("events").EnumerateArray(), slide => Assert.Contains(",", slide.GetProperty("media").GetProperty("credit").GetString(), StringComparison.Ordinal));
        Assert.True(twoSources.GetProperty("events").GetArrayLength() < all.GetProperty("events").GetArrayLength());
    }

    private static async Task<JsonElement> GetAsync(SampleGraph graph, string url)
    {
        using var response = await graph.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
