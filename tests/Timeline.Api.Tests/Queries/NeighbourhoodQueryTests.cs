using System.Text.Json;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary><c>neighborhood</c> over the sample articles: depth, the node cap and the time window.</summary>
public sealed class NeighbourhoodQueryTests
{
    private const string Query = """
        query($id: ID!, $depth: Int, $maxNodes: Int, $from: Date, $to: Date) {
          neighborhood(id: $id, depth: $depth, maxNodes: $maxNodes, from: $from, to: $to) {
            truncated
            nodes { id kind label when { earliest latest } }
            edges { id source target kind label }
          }
        }
        """;

    [Fact]
    public async Task Depth_1_around_Soleimani_holds_him_and_the_strike_and_depth_2_reaches_further()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var near = await NeighbourhoodAsync(graph, new { id = soleimani, depth = 1 });
        var far = await NeighbourhoodAsync(graph, new { id = soleimani, depth = 2 });

        var nearIds = NodeIds(near);
        Assert.Contains(soleimani, nearIds);
        Assert.Contains(Nodes(near), n => n.GetProperty("kind").GetString() == "event" && n.GetProperty("label").GetString()!.Contains("Soleimani", StringComparison.Ordinal));
        Assert.All(Edges(near), e => Assert.True(
            e.GetProperty("source").GetString() == soleimani || e.GetProperty("target").GetString() == soleimani || EdgeWithin(e, nearIds),
            $"{e} should touch the neighbourhood"));
        Assert.Superset(nearIds, NodeIds(far));
        Assert.True(NodeIds(far).Count > nearIds.Count, $"Depth 2 ({NodeIds(far).Count} nodes) should reach beyond depth 1 ({nearIds.Count}).");
    }

    [Fact]
    public async Task A_maxNodes_cap_below_the_neighbourhood_gives_at_most_that_many_nodes_and_truncated()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");
        var whole = await NeighbourhoodAsync(graph, new { id = soleimani, depth = 2 });
        Assert.False(whole.GetProperty("truncated").GetBoolean(), "The samples' depth-2 neighbourhood fits under the default cap.");

        var capped = await NeighbourhoodAsync(graph, new { id = soleimani, depth = 2, maxNodes = 3 });

        Assert.True(capped.GetProperty("truncated").GetBoolean());
        var ids = NodeIds(capped);
        Assert.InRange(ids.Count, 1, 3);
        Assert.Contains(soleimani, ids);
        Assert.All(Edges(capped), e => Assert.True(EdgeWithin(e, ids), $"{e} leads out of the capped subgraph"));
    }

    [Fact]
    public async Task A_window_leaves_out_the_events_outside_it_with_their_edges()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var in2020 = await NeighbourhoodAsync(graph, new { id = soleimani, depth = 1, from = "2020-01-01", to = "2020-12-31" });
        var in2021 = await NeighbourhoodAsync(graph, new { id = soleimani, depth = 1, from = "2021-01-01" });

        Assert.Contains(Events(in2020), e => e.GetProperty("label").GetString()!.Contains("Soleimani", StringComparison.Ordinal));
        Assert.All(Events(in2020), e => Assert.True(Overlaps(e, "2020-01-01", "2020-12-31"), $"{e} lies outside 2020"));
        Assert.DoesNotContain(Events(in2021), e => e.GetProperty("label").GetString()!.Contains("Soleimani", StringComparison.Ordinal));
        Assert.All(Events(in2021), e => Assert.True(Overlaps(e, "2021-01-01", "9999-12-31"), $"{e} ends before 2021"));
        Assert.True(in2021.GetProperty("truncated").GetBoolean(), "Leaving events out of the window marks the subgraph truncated.");
        Assert.Contains(soleimani, NodeIds(in2021));
        Assert.All(Edges(in2021), e => Assert.True(EdgeWithin(e, NodeIds(in2021)), $"{e} leads to an event outside the window"));
    }

    [Fact]
    public async Task A_depth_out_of_range_is_an_error_naming_the_field()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var errors = await graph.ErrorsAsync(Query, new { id = soleimani, depth = 9 });

        Assert.Contains("Query.neighborhood", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> NeighbourhoodAsync(SampleGraph graph, object variables) =>
        (await graph.QueryAsync(Query, variables)).GetProperty("neighborhood");

    private static List<JsonElement> Nodes(JsonElement subgraph) => subgraph.GetProperty("nodes").EnumerateArray().ToList();

    private static List<JsonElement> Events(JsonElement subgraph) => Nodes(subgraph).Where(n => n.GetProperty("kind").GetString() == "event").ToList();

    private static List<JsonElement> Edges(JsonElement subgraph) => subgraph.GetProperty("edges").EnumerateArray().ToList();

    private static HashSet<string> NodeIds(JsonElement subgraph) => Nodes(subgraph).Select(n => n.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static bool EdgeWithin(JsonElement edge, HashSet<string> ids) =>
        ids.Contains(edge.GetProperty("source").GetString()!) && ids.Contains(edge.GetProperty("target").GetString()!);

    private static bool Overlaps(JsonElement eventNode, string from, string to)
    {
        var when = eventNode.GetProperty("when");
        return string.CompareOrdinal(when.GetProperty("latest").GetString(), from) >= 0
            && string.CompareOrdinal(when.GetProperty("earliest").GetString(), to) <= 0;
    }
}
