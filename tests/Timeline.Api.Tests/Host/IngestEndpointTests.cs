using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class IngestEndpointTests
{
    [Fact]
    public async Task A_valid_document_with_a_bearer_key_is_created_then_unchanged()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var first = await PostAsync(client, TestDocuments.StrikeAndVote, bearer: TimelineApiFactory.ApiKey);
        using var second = await PostAsync(client, TestDocuments.StrikeAndVote, bearer: TimelineApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var created = await ReadJsonAsync(first);
        Assert.Equal("CREATED", created.RootElement.GetProperty("status").GetString());
        Assert.Equal(TestDocuments.StrikeAndVoteArticleId, created.RootElement.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(5, created.RootElement.GetProperty("created").GetInt32());
        Assert.Empty(created.RootElement.GetProperty("errors").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var unchanged = await ReadJsonAsync(second);
        Assert.Equal("UNCHANGED", unchanged.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_X_Api_Key_header_is_accepted_too()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await PostAsync(client, TestDocuments.StrikeAndVote, apiKeyHeader: TimelineApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    public async Task Without_a_valid_key_the_answer_is_401_and_nothing_changes(string? key)
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        var before = await factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        using var response = await PostAsync(client, TestDocuments.StrikeAndVote, bearer: key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(before, await factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_bad_document_is_400_with_JSON_Pointer_paths_and_nothing_changes()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        var before = await factory.ExportStoreAsync(TestContext.Current.CancellationToken);

        using var response = await PostAsync(client, TestDocuments.Broken, bearer: TimelineApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var report = await ReadJsonAsync(response);
        Assert.Equal("REJECTED", report.RootElement.GetProperty("status").GetString());
        var paths = report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("/article/published", paths);
        Assert.Contains("/events/1/title", paths);
        Assert.All(report.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
        Assert.Equal(before, await factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413_and_nothing_changes()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        var before = await factory.ExportStoreAsync(TestContext.Current.CancellationToken);
        var huge = "{\"pad\":\"" + new string('x', 5 * 1024 * 1024) + "\"}";

        using var response = await PostAsync(client, huge, bearer: TimelineApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MaxDocumentBytes", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, await factory.ExportStoreAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest") { Content = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TimelineApiFactory.ApiKey);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? bearer = null, string? apiKeyHeader = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/ingest") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (apiKeyHeader is not null) request.Headers.Add("X-Api-Key", apiKeyHeader);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
