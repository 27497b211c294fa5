using System.Text.Json;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary><c>entities</c> and <c>articles</c> over the sample articles: search, kinds, and paging without gaps or repeats.</summary>
public sealed class ConnectionPagingTests
{
    private const string EntitiesQuery = """
        query($search: String, $kinds: [EntityKind!], $first: Int, $after: String) {
          entities(search: $search, kinds: $kinds, first: $first, after: $after) {
            totalCount
            edges { cursor node { __typename id name aliases kind } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string ArticlesQuery = """
        query($first: Int, $after: String) {
          articles(first: $first, after: $after) {
            totalCount
            nodes { id title published }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task Entities_page_by_three_without_gaps_or_repeats_and_count_them_all()
    {
        await using var graph = await SampleGraph.StartAsync();
        var all = await graph.QueryAsync(EntitiesQuery, new { first = 100 });
        var allIds = Ids(all.GetProperty("entities"));
        Assert.True(allIds.Count > 6, "The samples should give more than two pages of entities.");
        Assert.Equal(allIds.Count, all.GetProperty("entities").GetProperty("totalCount").GetInt32());

        var paged = await WalkAsync(graph, "entities", EntitiesQuery, 3, new Dictionary<string, object?>());

        Assert.Equal(allIds, paged);
    }

    [Fact]
    public async Task Entities_search_finds_by_name_and_alias_and_pages_the_matches()
    {
        await using var graph = await SampleGraph.StartAsync();

        var found = (await graph.QueryAsync(EntitiesQuery, new { search = "Soleimani" })).GetProperty("entities");
        var iraq = (await graph.QueryAsync(EntitiesQuery, new { search = "Iraq", first = 100 })).GetProperty("entities");
        var iraqPaged = await WalkAsync(graph, "entities", EntitiesQuery, 1, new Dictionary<string, object?> { ["search"] = "Iraq" });

        var soleimani = Assert.Single(Nodes(found));
        Assert.Contains("Qassem Soleimani", Names(soleimani));
        Assert.Contains("Qasem Soleimani", Names(soleimani));
        Assert.Equal(1, found.GetProperty("totalCount").GetInt32());
        Assert.True(Nodes(iraq).Count > 1, $"Several entities are named with Iraq: {iraq}");
        Assert.All(Nodes(iraq), n => Assert.Contains(Names(n), name => name.Contains("Iraq", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(Nodes(iraq).Count, iraq.GetProperty("totalCount").GetInt32());
        Assert.Equal(Ids(iraq), iraqPaged);
    }

    [Fact]
    public async Task Entities_of_chosen_kinds_are_only_of_those_kinds_and_together_make_up_all()
    {
        await using var graph = await SampleGraph.StartAsync();

        var places = await WalkAsync(graph, "entities", EntitiesQuery, 4, new Dictionary<string, object?> { ["kinds"] = new[] { "PLACE" } });
        var others = await WalkAsync(graph, "entities", EntitiesQuery, 4, new Dictionary<string, object?> { ["kinds"] = new[] { "PERSON", "ORGANIZATION" } });
        var placeNodes = Nodes((await graph.QueryAsync(EntitiesQuery, new { kinds = new[] { "PLACE" }, first = 100 })).GetProperty("entities"));
        var all = Ids((await graph.QueryAsync(EntitiesQuery, new { first = 100 })).GetProperty("entities"));

        Assert.NotEmpty(places);
        Assert.All(placeNodes, n =>
        {
            Assert.Equal("Place", n.GetProperty("__typename").GetString());
            Assert.Equal("PLACE", n.GetProperty("kind").GetString());
        });
        Assert.Empty(places.Intersect(others));
        Assert.Equal(all.Order(StringComparer.Ordinal), places.Concat(others).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Articles_page_one_at_a_time_newest_first_and_count_both_samples()
    {
        await using var graph = await SampleGraph.StartAsync();

        var first = (await graph.QueryAsync(ArticlesQuery, new { first = 1 })).GetProperty("articles");
        var paged = await WalkAsync(graph, "articles", ArticlesQuery, 1, new Dictionary<string, object?>());

        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(["ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq"], paged);
    }

    [Fact]
    public async Task A_cursor_that_the_store_did_not_issue_is_an_error_naming_the_field()
    {
        await using var graph = await SampleGraph.StartAsync();

        var errors = await graph.ErrorsAsync(ArticlesQuery, new { first = 1, after = "not-a-cursor" });

        Assert.StartsWith("Query.articles:", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Every id of a connection, read page by page through its end cursors.</summary>
    private static async Task<List<string>> WalkAsync(SampleGraph graph, string field, string query, int size, Dictionary<string, object?> variables)
    {
        var ids = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 200; pages++)
        {
            variables["first"] = size;
            variables["after"] = after;
            var page = (await graph.QueryAsync(query, variables)).GetProperty(field);
            var pageIds = Ids(page);
            Assert.InRange(pageIds.Count, 0, size);
            ids.AddRange(pageIds);
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
                return ids;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        throw new InvalidOperationException($"{field} did not end within 200 pages of {size}.");
    }

    private static List<JsonElement> Nodes(JsonElement connection) =>
        connection.TryGetProperty("edges", out var edges)
            ? edges.EnumerateArray().Select(e => e.GetProperty("node")).ToList()
            : connection.GetProperty("nodes").EnumerateArray().ToList();

    private static List<string> Ids(JsonElement connection) => Nodes(connection).Select(n => n.GetProperty("id").GetString()!).ToList();

    private static List<string> Names(JsonElement entity) =>
        [entity.GetProperty("name").GetString()!, .. entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];
}
