using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary>
/// The real host on its own temp data directory with the sample articles ingested (or, when asked, nothing), and a
/// GraphQL client for it.
/// </summary>
public sealed class SampleGraph : IAsyncDisposable
{
    private SampleGraph(TimelineApiFactory factory, HttpClient client)
    {
        Factory = factory;
        Client = client;
    }

    public TimelineApiFactory Factory { get; }

    public HttpClient Client { get; }

    public static async Task<SampleGraph> StartAsync(Action<IServiceCollection>? services = null, bool samples = true)
    {
        var factory = new TimelineApiFactory(services: services);
        var client = factory.CreateClient();
        var pipeline = factory.Services.GetRequiredService<IngestionPipeline>();
        foreach (var sample in samples ? SampleDocuments.All : [])
        {
            var report = await pipeline.IngestAsync(sample.Utf8, TestContext.Current.CancellationToken);
            Assert.NotEqual(IngestReportStatus.Rejected, report.Status);
        }

        return new SampleGraph(factory, client);
    }

    /// <summary>Runs a query and returns its data, failing the test on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>Runs a query that must fail and returns its errors.</summary>
    public async Task<List<JsonElement>> ErrorsAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(body.TryGetProperty("errors", out var errors), $"Errors were expected: {body}");
        return errors.EnumerateArray().ToList();
    }

    /// <summary>The id of the first entity whose name or aliases the search finds with this exact name.</summary>
    public async Task<string> EntityIdAsync(string text, string name)
    {
        var data = await QueryAsync("query($t: String!) { search(text: $t) { ... on Entity { id name aliases } } }", new { t = text });
        foreach (var result in data.GetProperty("search").EnumerateArray())
        {
            if (!result.TryGetProperty("name", out var found)) continue;
            if (found.GetString() == name || result.GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == name))
                return result.GetProperty("id").GetString()!;
        }

        throw new InvalidOperationException($"No entity named {name} found by search \"{text}\": {data}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
