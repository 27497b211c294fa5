using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Feeds;

/// <summary>/feeds/timeline.csv: RFC 4180 records, read back field by field.</summary>
public sealed class CsvFeedTests
{
    private const string AwkwardTitle = "Strike, \"as reported\"\nnear Baghdad airport";

    /// <summary>Ingestion folds a title's line break into a space; the quotes of two reports are joined by one.</summary>
    private const string StoredTitle = "Strike, \"as reported\" near Baghdad airport";

    [Fact]
    public async Task Fields_with_commas_quotes_and_newlines_are_quoted_with_their_quotes_doubled()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        await IngestAsync(client, AwkwardDocument("awkward-1"));
        await IngestAsync(client, AwkwardDocument("awkward-2"));

        using var response = await client.GetAsync(new Uri("/feeds/timeline.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(",\"Strike, \"\"as reported\"\" near Baghdad airport\",", csv, StringComparison.Ordinal);
        var records = Rfc4180.Read(csv);
        Assert.Equal("id", records[0][0]);
        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.Equal(records[0].Count, record.Count));
        var strike = Assert.Single(records, record => record[records[0].IndexOf("title")] == StoredTitle);
        Assert.Equal("January 2020", strike[records[0].IndexOf("display_date")]);
        var quotes = strike[records[0].IndexOf("quotes")].Split('\n');
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, quote => Assert.Contains("General Qassem Soleimani, in a US attack", quote, StringComparison.Ordinal));
        Assert.Contains("\"" + string.Join("\n", quotes).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_end_with_CRLF_and_only_quoted_fields_hold_bare_line_feeds()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        await IngestAsync(client, AwkwardDocument("awkward-1"));

        var csv = await client.GetStringAsync(new Uri("/feeds/timeline.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.StartsWith("id,type,title,summary,when,precision,display_date,", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(3, csv.Split("\r\n").Length - 1);
        Assert.DoesNotContain('\r', csv.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_CSV_takes_the_same_filters()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        await IngestAsync(client, TestDocuments.StrikeAndVote);

        var csv = await client.GetStringAsync(new Uri("/feeds/timeline.csv?types=parliamentary-vote", UriKind.Relative), TestContext.Current.CancellationToken);

        var records = Rfc4180.Read(csv);
        Assert.Equal(2, records.Count);
        Assert.Equal("parliamentary-vote", records[1][records[0].IndexOf("type")]);
    }

    /// <summary>The test document as article <paramref name="articleId"/>, the strike's title made of everything CSV must escape.</summary>
    private static string AwkwardDocument(string articleId)
    {
        var document = JsonNode.Parse(TestDocuments.StrikeAndVote)!.AsObject();
        document["article"]!["id"] = articleId;
        document["events"]![0]!["title"] = AwkwardTitle;
        return document.ToJsonString();
    }

    private static async Task IngestAsync(HttpClient client, string document)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TimelineApiFactory.ApiKey);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
