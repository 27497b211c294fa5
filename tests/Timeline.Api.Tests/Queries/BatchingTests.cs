using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Ingestion.Pipeline;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary>
/// A page of events with participants, place, sources and related events costs the same, bounded, number of store
/// calls whether it holds 5 events or 50: the resolvers batch through the engine's data loaders.
/// </summary>
public sealed class BatchingTests
{
    private const string PageQuery = """
        query($first: Int!) {
          timeline(first: $first) {
            nodes {
              id title
              place { name partOf { name } }
              participants { role entity { name } sources { quote article { title } } }
              sources { quote article { title } }
              related { type direction event { title place { name } } }
            }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_50_events_costs_as_many_store_calls_as_a_page_of_5()
    {
        await using var factory = new TimelineApiFactory(services: CountingGraphStore.Install);
        using var client = factory.CreateClient();
        var pipeline = factory.Services.GetRequiredService<IngestionPipeline>();
        var report = await pipeline.IngestAsync(ManyEvents(60), TestContext.Current.CancellationToken);
        Assert.Equal(IngestReportStatus.Created, report.Status);
        var counting = factory.Services.GetRequiredService<CountingGraphStore>();

        var small = await CallsForPageAsync(client, counting, 5);
        var large = await CallsForPageAsync(client, counting, 50);

        Assert.Equal(small, large);
        Assert.InRange(large, 1, 10);
    }

    [Fact]
    public async Task The_sources_of_a_page_of_entities_cost_as_many_store_calls_as_those_of_one()
    {
        await using var graph = await SampleGraph.StartAsync(CountingGraphStore.Install);
        var counting = graph.Factory.Services.GetRequiredService<CountingGraphStore>();
        const string Query = "query($first: Int!) { entities(first: $first) { nodes { name sources { quote article { id } } } } }";

        counting.Reset();
        var one = await graph.QueryAsync(Query, new { first = 1 });
        var callsForOne = counting.Calls;
        counting.Reset();
        var many = await graph.QueryAsync(Query, new { first = 40 });
        var callsForMany = counting.Calls;

        Assert.Single(one.GetProperty("entities").GetProperty("nodes").EnumerateArray());
        var nodes = many.GetProperty("entities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(nodes.Count > 20, $"The samples should give more than 20 entities: {nodes.Count}");
        Assert.Contains(nodes, n => n.GetProperty("sources").GetArrayLength() > 0);
        Assert.Equal(callsForOne, callsForMany);
    }

    private static async Task<int> CallsForPageAsync(HttpClient client, CountingGraphStore store, int size)
    {
        store.Reset();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = PageQuery, variables = new { first = size } }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        var nodes = body.GetProperty("data").GetProperty("timeline").GetProperty("nodes");
        Assert.Equal(size, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(2, n.GetProperty("participants").GetArrayLength()));
        return store.Calls;
    }

    /// <summary>One article reporting <paramref name="count"/> meetings on distinct days, each a response to the one before.</summary>
    private static byte[] ManyEvents(int count)
    {
        var events = new JsonArray();
        var relations = new JsonArray();
        var start = new DateOnly(2019, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var day = start.AddDays(i * 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            events.Add(new JsonObject
            {
                ["key"] = $"meeting-{i}",
                ["type"] = "meeting",
                ["title"] = $"Council meeting number {i} on {day}",
                ["when"] = new JsonObject { ["text"] = day, ["value"] = day },
                ["place"] = "baghdad",
                ["participants"] = new JsonArray
                {
                    new JsonObject { ["entity"] = "council", ["role"] = "agent" },
                    new JsonObject { ["entity"] = "envoy", ["role"] = "participant" },
                },
                ["quote"] = $"The council met with the envoy on {day} (meeting {i}).",
            });
            if (i > 0)
            {
                relations.Add(new JsonObject
                {
                    ["type"] = "responseTo",
                    ["subject"] = $"meeting-{i}",
                    ["object"] = $"meeting-{i - 1}",
                    ["quote"] = $"Meeting {i} answered meeting {i - 1}.",
                });
            }
        }

        var document = new JsonObject
        {
            ["formatVersion"] = 1,
            ["article"] = new JsonObject
            {
                ["id"] = "test-batching-council-meetings",
                ["title"] = "A year of council meetings",
                ["publisher"] = "Test Wire",
                ["published"] = "2020-06-30",
                ["language"] = "en",
            },
            ["entities"] = new JsonArray
            {
                new JsonObject { ["key"] = "council", ["kind"] = "organization", ["name"] = "Baghdad Provincial Council", ["quote"] = "the Baghdad Provincial Council" },
                new JsonObject { ["key"] = "envoy", ["kind"] = "person", ["name"] = "Jane Envoy", ["quote"] = "the envoy, Jane Envoy" },
                new JsonObject { ["key"] = "baghdad", ["kind"] = "place", ["name"] = "Baghdad", ["quote"] = "in Baghdad" },
            },
            ["events"] = events,
            ["relations"] = relations,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document);
    }
}
