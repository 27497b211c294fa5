using System.Text.Json;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary>Timelines over the sample articles: sources, joint timelines, time windows and cursor paging.</summary>
public sealed class TimelineQueryTests
{
    private const string EventFields = "id type title when { value earliest latest } sources { article { id } }";

    [Fact]
    public async Task Soleimanis_timeline_has_the_January_2020_strike_with_both_articles_as_sources()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var data = await graph.QueryAsync(
            "query($id: ID!) { entity(id: $id) { timeline(first: 100) { nodes { " + EventFields + " } } } }", new { id = soleimani });

        var strike = Nodes(data.GetProperty("entity").GetProperty("timeline"))
            .Single(e => e.GetProperty("type").GetString() == "targeted-killing");
        Assert.StartsWith("2020-01", strike.GetProperty("when").GetProperty("value").GetString(), StringComparison.Ordinal);
        var articles = strike.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("article").GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", articles);
        Assert.Contains("ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", articles);
    }

    [Fact]
    public async Task The_joint_timeline_of_Soleimani_and_the_Iraqi_parliament_lists_the_strike_before_the_vote()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");
        var parliament = await graph.EntityIdAsync("Iraqi parliament", "Iraqi parliament");

        var data = await graph.QueryAsync(
            "query($ids: [ID!]) { timeline(where: { entities: $ids }, first: 100) { nodes { id type } } }", new { ids = new[] { soleimani, parliament } });

        var types = Nodes(data.GetProperty("timeline")).Select(e => e.GetProperty("type").GetString()).ToList();
        var strike = types.IndexOf("targeted-killing");
        var vote = types.IndexOf("parliamentary-vote");
        Assert.True(strike >= 0 && vote >= 0, $"Both events are expected: {string.Join(", ", types)}");
        Assert.True(strike < vote, $"The strike should come before the vote: {string.Join(", ", types)}");
    }

    [Fact]
    public async Task A_2021_window_excludes_2020_events()
    {
        await using var graph = await SampleGraph.StartAsync();

        var data = await graph.QueryAsync(
            "{ timeline(where: { from: \"2021-01-01\", to: \"2021-12-31\" }, first: 100) { nodes { type when { earliest latest } } } }");

        var events = Nodes(data.GetProperty("timeline"));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(
            string.CompareOrdinal(e.GetProperty("when").GetProperty("latest").GetString(), "2021-01-01") >= 0,
            $"{e} ends before 2021"));
        Assert.DoesNotContain(events, e => e.GetProperty("type").GetString() == "targeted-killing");
    }

    [Fact]
    public async Task Cursors_page_forward_and_back_by_two_without_gaps_or_repeats()
    {
        await using var graph = await SampleGraph.StartAsync();
        var all = Ids(Nodes((await graph.QueryAsync("{ timeline(first: 100) { nodes { id } } }")).GetProperty("timeline")));
        Assert.True(all.Count > 4, "The samples should give more than two pages.");

        var forward = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await graph.QueryAsync(
                "query($after: String) { timeline(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after })).GetProperty("timeline");
            forward.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = (await graph.QueryAsync(
                "query($before: String) { timeline(last: 2, before: $before) { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }",
                new { before })).GetProperty("timeline");
            backward.InsertRange(0, page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()) break;
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task A_page_larger_than_100_is_an_error_naming_the_argument()
    {
        await using var graph = await SampleGraph.StartAsync();
        using var response = await graph.Client.PostAsync(
            "/graphql",
            new StringContent("{\"query\":\"{ timeline(first: 101) { nodes { id } } }\"}", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("first must be between 0 and 100", body, StringComparison.Ordinal);
    }

    private static List<JsonElement> Nodes(JsonElement connection) => connection.GetProperty("nodes").EnumerateArray().ToList();

    private static List<string> Ids(List<JsonElement> events) => events.Select(e => e.GetProperty("id").GetString()!).ToList();
}
