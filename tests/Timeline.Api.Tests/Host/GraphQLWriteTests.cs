using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class GraphQLWriteTests
{
    private const string Ingest = """
        mutation Ingest($document: JSON!) {
          ingestArticle(document: $document) { status article { id } created errors { path message } }
        }
        """;

    [Fact]
    public async Task ingestArticle_with_a_key_stores_the_document_and_the_timeline_shows_it()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var first = await IngestAsync(client, TestDocuments.StrikeAndVote, TimelineApiFactory.ApiKey);
        using var again = await IngestAsync(client, TestDocuments.StrikeAndVote, TimelineApiFactory.ApiKey);
        using var timeline = await GraphQLClient.PostAsync(client, "{ timeline { nodes { title } } }", null, null, TestContext.Current.CancellationToken);

        var report = first.RootElement.GetProperty("data").GetProperty("ingestArticle");
        Assert.Equal("CREATED", report.GetProperty("status").GetString());
        Assert.Equal(TestDocuments.StrikeAndVoteArticleId, report.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("UNCHANGED", again.RootElement.GetProperty("data").GetProperty("ingestArticle").GetProperty("status").GetString());
        var titles = timeline.RootElement.GetProperty("data").GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToList();
        Assert.Equal(["US attack near Baghdad airport kills Qassem Soleimani", "Iraqi parliament votes for the withdrawal of all foreign troops"], titles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    public async Task ingestArticle_without_a_valid_key_is_UNAUTHENTICATED_and_changes_nothing(string? key)
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        var before = await factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        using var answer = await IngestAsync(client, TestDocuments.StrikeAndVote, key);

        Assert.Equal("UNAUTHENTICATED", FirstErrorCode(answer));
        Assert.Equal(before, await factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task retractArticle_without_a_key_is_UNAUTHENTICATED_and_the_article_stays()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        using var stored = await IngestAsync(client, TestDocuments.StrikeAndVote, TimelineApiFactory.ApiKey);
        var before = await factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        using var answer = await GraphQLClient.PostAsync(
            client, $"mutation {{ retractArticle(id: \"{TestDocuments.StrikeAndVoteArticleId}\") }}", null, null, TestContext.Current.CancellationToken);

        Assert.Equal("UNAUTHENTICATED", FirstErrorCode(answer));
        Assert.Equal(before, await factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_bad_document_through_ingestArticle_reports_JSON_Pointer_paths_and_changes_nothing()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        var before = await factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        using var answer = await IngestAsync(client, TestDocuments.Broken, TimelineApiFactory.ApiKey);

        var report = answer.RootElement.GetProperty("data").GetProperty("ingestArticle");
        Assert.Equal("REJECTED", report.GetProperty("status").GetString());
        var paths = report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("/article/published", paths);
        Assert.Contains("/events/1/title", paths);
        Assert.Equal(before, await factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    private static Task<JsonDocument> IngestAsync(HttpClient client, string document, string? key) =>
        GraphQLClient.PostAsync(client, Ingest, new JsonObject { ["document"] = JsonNode.Parse(document) }, key, TestContext.Current.CancellationToken);

    private static string? FirstErrorCode(JsonDocument answer) =>
        answer.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
