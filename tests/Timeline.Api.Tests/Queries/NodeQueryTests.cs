using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary><c>node</c>, <c>nodes</c> and <c>stats</c> over the sample articles.</summary>
public sealed class NodeQueryTests
{
    private const string NodeFields = """
        __typename id
        ... on Event { title }
        ... on Entity { name }
        ... on Article { title }
        """;

    private const string ArticleId = "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq";

    [Fact]
    public async Task node_answers_each_type_by_id_and_null_for_an_unknown_id()
    {
        await using var graph = await SampleGraph.StartAsync();
        var ids = await OneOfEachAsync(graph);

        foreach (var (type, id) in ids)
        {
            var node = (await graph.QueryAsync("query($id: ID!) { node(id: $id) { " + NodeFields + " } }", new { id })).GetProperty("node");
            Assert.Equal(type, node.GetProperty("__typename").GetString());
            Assert.Equal(id, node.GetProperty("id").GetString());
        }

        var unknown = await graph.QueryAsync("{ node(id: \"no-such-node\") { id } }");
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task nodes_answers_in_the_order_asked_with_null_for_unknown_ids_in_at_most_three_store_calls()
    {
        await using var graph = await SampleGraph.StartAsync(CountingGraphStore.Install);
        var ids = await OneOfEachAsync(graph);
        var asked = ids.Values.Reverse().Append("no-such-node").ToList();
        var counting = graph.Factory.Services.GetRequiredService<CountingGraphStore>();

        counting.Reset();
        var nodes = (await graph.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { " + NodeFields + " } }", new { ids = asked }))
            .GetProperty("nodes").EnumerateArray().ToList();
        var calls = counting.Calls;

        Assert.Equal(asked.Count, nodes.Count);
        Assert.Equal(ids.Keys.Reverse(), nodes.Take(ids.Count).Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids.Values.Reverse(), nodes.Take(ids.Count).Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, nodes[^1].ValueKind);
        Assert.InRange(calls, 1, 3);
    }

    [Fact]
    public async Task stats_counts_what_the_connections_count()
    {
        await using var graph = await SampleGraph.StartAsync();

        var data = await graph.QueryAsync("""
            {
              stats { events entities articles claims }
              timeline { totalCount }
              entities { totalCount }
              articles { totalCount }
            }
            """);

        var stats = data.GetProperty("stats");
        Assert.Equal(data.GetProperty("timeline").GetProperty("totalCount").GetInt32(), stats.GetProperty("events").GetInt32());
        Assert.Equal(data.GetProperty("entities").GetProperty("totalCount").GetInt32(), stats.GetProperty("entities").GetInt32());
        Assert.Equal(2, stats.GetProperty("articles").GetInt32());
        Assert.Equal(2, data.GetProperty("articles").GetProperty("totalCount").GetInt32());
        Assert.True(stats.GetProperty("claims").GetInt32() > stats.GetProperty("events").GetInt32(), $"Every event and entity rests on claims: {stats}");
    }

    /// <summary>The id of an event, a person, an organization, a place and an article of the samples, by type name.</summary>
    private static async Task<Dictionary<string, string>> OneOfEachAsync(SampleGraph graph)
    {
        var strike = (await graph.QueryAsync("{ timeline(where: { types: [\"targeted-killing\"] }) { nodes { id } } }"))
            .GetProperty("timeline").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        return new Dictionary<string, string>
        {
            ["Event"] = strike,
            ["Person"] = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani"),
            ["Organization"] = await graph.EntityIdAsync("Iraqi parliament", "Iraqi parliament"),
            ["Place"] = await graph.EntityIdAsync("Baghdad airport", "Baghdad airport"),
            ["Article"] = ArticleId,
        };
    }
}
