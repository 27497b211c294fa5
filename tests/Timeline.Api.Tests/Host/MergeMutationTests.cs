using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Api.Tests.Queries;
using Xunit;

namespace Timeline.Api.Tests.Host;

/// <summary>
/// Curation through GraphQL: two articles name Iraq's foreign minister "Fuad Hassan" and "Fuad Hussein" without a
/// shared key, so they stay two entities and become a merge candidate that a key holder confirms and undoes.
/// </summary>
public sealed class MergeMutationTests
{
    private const string Candidates = "{ mergeCandidates { id score evidence left { id name } right { id name } } }";

    private const string Merges = """
        {
          merges {
            id entityName kind curated curatedBy
            entity { id name aliases }
            left { entityId name mentions entity { id } articles { id } }
            right { entityId name mentions entity { id } articles { id } }
            evidence { kind value mentions note }
          }
        }
        """;

    private const string Confirm = """
        mutation($candidate: ID!) {
          confirmMerge(candidate: $candidate, note: "Same minister, two transliterations") {
            id curated curatedBy entity { name aliases } left { name } right { name }
            evidence { kind note }
          }
        }
        """;

    private const string Undo = "mutation($merge: ID!) { undoMerge(merge: $merge, note: \"Checked again\") }";

    [Fact]
    public async Task mergeCandidates_lists_the_two_spellings_as_one_candidate()
    {
        await using var fixture = await FuadFixture.StartAsync();

        var candidate = await fixture.CandidateAsync();

        Assert.Equal(["Fuad Hassan", "Fuad Hussein"], new[] { candidate.LeftName, candidate.RightName }.Order(StringComparer.Ordinal));
        Assert.InRange(candidate.Score, 0.85, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(candidate.Evidence));
    }

    [Fact]
    public async Task confirmMerge_with_a_key_makes_one_entity_found_by_either_id_and_merges_lists_it_with_the_curator()
    {
        await using var fixture = await FuadFixture.StartAsync();
        var candidate = await fixture.CandidateAsync();

        var confirmed = Data(await fixture.PostAsync(Confirm, new JsonObject { ["candidate"] = candidate.Id }, TimelineApiFactory.ApiKey)).GetProperty("confirmMerge");

        var curator = "api-key:" + TimelineApiFactory.ApiKey[..4];
        Assert.True(confirmed.GetProperty("curated").GetBoolean());
        Assert.Equal(curator, confirmed.GetProperty("curatedBy").GetString());
        Assert.Equal(["Fuad Hassan", "Fuad Hussein"], Names(confirmed.GetProperty("entity")));
        Assert.Contains(confirmed.GetProperty("evidence").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "CURATOR_DECISION" && e.GetProperty("note").GetString() == "Same minister, two transliterations");
        foreach (var id in new[] { candidate.LeftId, candidate.RightId })
        {
            var entity = await fixture.EntityAsync(id);
            Assert.Equal(["Fuad Hassan", "Fuad Hussein"], Names(entity));
        }

        var merge = (await fixture.MergesAsync()).Single(m => m.GetProperty("id").GetString() == confirmed.GetProperty("id").GetString());
        Assert.Equal(curator, merge.GetProperty("curatedBy").GetString());
        Assert.Equal("PERSON", merge.GetProperty("kind").GetString());
        Assert.Equal(["Fuad Hassan", "Fuad Hussein"], new[] { merge.GetProperty("left").GetProperty("name").GetString(), merge.GetProperty("right").GetProperty("name").GetString() }.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["test-merge-fuad-hassan", "test-merge-fuad-hussein"],
            new[] { "left", "right" }.SelectMany(side => merge.GetProperty(side).GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString())).Order(StringComparer.Ordinal));
        Assert.NotEmpty(merge.GetProperty("evidence").EnumerateArray());
        Assert.Empty(await fixture.CandidateListAsync());
    }

    [Fact]
    public async Task undoMerge_brings_the_two_apart_again_and_a_repeat_answers_false()
    {
        await using var fixture = await FuadFixture.StartAsync();
        var candidate = await fixture.CandidateAsync();
        var merge = Data(await fixture.PostAsync(Confirm, new JsonObject { ["candidate"] = candidate.Id }, TimelineApiFactory.ApiKey))
            .GetProperty("confirmMerge").GetProperty("id").GetString();

        var undone = Data(await fixture.PostAsync(Undo, new JsonObject { ["merge"] = merge }, TimelineApiFactory.ApiKey)).GetProperty("undoMerge").GetBoolean();
        var again = Data(await fixture.PostAsync(Undo, new JsonObject { ["merge"] = merge }, TimelineApiFactory.ApiKey)).GetProperty("undoMerge").GetBoolean();

        Assert.True(undone);
        Assert.False(again);
        Assert.Equal(["Fuad Hassan"], Names(await fixture.EntityAsync(candidate.NameIdOf("Fuad Hassan"))));
        Assert.Equal(["Fuad Hussein"], Names(await fixture.EntityAsync(candidate.NameIdOf("Fuad Hussein"))));
        Assert.DoesNotContain(await fixture.MergesAsync(), m => m.GetProperty("id").GetString() == merge);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    public async Task Without_a_valid_key_confirmMerge_and_undoMerge_are_UNAUTHENTICATED_and_change_nothing(string? key)
    {
        await using var fixture = await FuadFixture.StartAsync();
        var candidate = await fixture.CandidateAsync();
        var before = await fixture.Factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        var confirm = await fixture.PostAsync(Confirm, new JsonObject { ["candidate"] = candidate.Id }, key);
        Assert.Equal("UNAUTHENTICATED", ErrorCode(confirm));
        Assert.Equal(before, await fixture.Factory.ExportStoreAsync(TestContext.Current.CancellationToken));

        var merge = Data(await fixture.PostAsync(Confirm, new JsonObject { ["candidate"] = candidate.Id }, TimelineApiFactory.ApiKey))
            .GetProperty("confirmMerge").GetProperty("id").GetString();
        var merged = await fixture.Factory.ExportStoreAsync(TestContext.Current.CancellationToken);
        var undo = await fixture.PostAsync(Undo, new JsonObject { ["merge"] = merge }, key);
        Assert.Equal("UNAUTHENTICATED", ErrorCode(undo));
        Assert.Equal(merged, await fixture.Factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Unknown_ids_are_NOT_FOUND_and_change_nothing()
    {
        await using var fixture = await FuadFixture.StartAsync();
        var before = await fixture.Factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        var confirm = await fixture.PostAsync(Confirm, new JsonObject { ["candidate"] = "no-such-candidate" }, TimelineApiFactory.ApiKey);
        var undo = await fixture.PostAsync(Undo, new JsonObject { ["merge"] = "no-such-merge" }, TimelineApiFactory.ApiKey);

        Assert.Equal("NOT_FOUND", ErrorCode(confirm));
        Assert.Contains("Mutation.confirmMerge", confirm.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", ErrorCode(undo));
        Assert.Contains("no-such-merge", undo.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.Factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    private static JsonElement Data(JsonDocument answer)
    {
        Assert.False(answer.RootElement.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return answer.RootElement.GetProperty("data");
    }

    private static string? ErrorCode(JsonDocument answer) =>
        answer.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static List<string> Names(JsonElement entity) =>
        [.. new[] { entity.GetProperty("name").GetString()! }.Concat(entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)).Order(StringComparer.Ordinal)];

    private sealed record Candidate(string Id, string LeftId, string LeftName, string RightId, string RightName, double Score, string Evidence)
    {
        public string NameIdOf(string name) => LeftName == name ? LeftId : RightName == name ? RightId : throw new ArgumentException($"{name} is neither side of {this}.", nameof(name));
    }

    /// <summary>The host with only the two Fuad articles, ingested through ingestArticle.</summary>
    private sealed class FuadFixture(SampleGraph graph) : IAsyncDisposable
    {
        public TimelineApiFactory Factory => graph.Factory;

        public static async Task<FuadFixture> StartAsync()
        {
            var fixture = new FuadFixture(await SampleGraph.StartAsync(samples: false));
            foreach (var document in new[] { TestDocuments.FuadHassan, TestDocuments.FuadHussein })
            {
                using var answer = await fixture.PostAsync(
                    "mutation($d: JSON!) { ingestArticle(document: $d) { status errors { path message } } }",
                    new JsonObject { ["d"] = JsonNode.Parse(document) },
                    TimelineApiFactory.ApiKey);
                Assert.Equal("CREATED", Data(answer).GetProperty("ingestArticle").GetProperty("status").GetString());
            }

            return fixture;
        }

        public Task<JsonDocument> PostAsync(string query, JsonObject? variables, string? key) =>
            GraphQLClient.PostAsync(graph.Client, query, variables, key, TestContext.Current.CancellationToken);

        public async Task<List<JsonElement>> CandidateListAsync() =>
            [.. (await graph.QueryAsync(Candidates)).GetProperty("mergeCandidates").EnumerateArray()];

        public async Task<Candidate> CandidateAsync()
        {
            var candidate = Assert.Single(await CandidateListAsync());
            return new Candidate(
                candidate.GetProperty("id").GetString()!,
                candidate.GetProperty("left").GetProperty("id").GetString()!,
                candidate.GetProperty("left").GetProperty("name").GetString()!,
                candidate.GetProperty("right").GetProperty("id").GetString()!,
                candidate.GetProperty("right").GetProperty("name").GetString()!,
                candidate.GetProperty("score").GetDouble(),
                candidate.GetProperty("evidence").GetString()!);
        }

        public async Task<List<JsonElement>> MergesAsync() =>
            [.. (await graph.QueryAsync(Merges)).GetProperty("merges").EnumerateArray()];

        public async Task<JsonElement> EntityAsync(string id) =>
            (await graph.QueryAsync("query($id: ID!) { entity(id: $id) { id name aliases } }", new { id })).GetProperty("entity");

        public ValueTask DisposeAsync() => graph.DisposeAsync();
    }
}
