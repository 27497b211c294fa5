using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Timeline.Ingestion.Samples;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>The sample articles delivered to a running host through <c>POST /ingest</c>, and GraphQL reads of what they became.</summary>
public static class SampleArticles
{
    public static async Task IngestAllAsync(Uri address, CancellationToken cancellationToken)
    {
        foreach (var sample in SampleDocuments.All)
        {
            await KestrelTimelineHost.IngestAsync(address, Encoding.UTF8.GetString(sample.Utf8.Span), cancellationToken);
        }
    }

    /// <summary>Runs a query against the host's <c>/graphql</c>, failing on any error.</summary>
    public static async Task<JsonElement> QueryAsync(Uri address, string query, object? variables, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>The id of the person the samples call Qassem (or Qasem) Soleimani.</summary>
    public static async Task<string> SoleimaniIdAsync(Uri address, CancellationToken cancellationToken)
    {
        var data = await QueryAsync(address, "{ search(text: \"Soleimani\") { ... on Person { id name } } }", null, cancellationToken);
        return data.GetProperty("search").EnumerateArray()
            .First(result => result.TryGetProperty("name", out var name) && name.GetString()!.Contains("Soleimani", StringComparison.Ordinal))
            .GetProperty("id").GetString()!;
    }
}
