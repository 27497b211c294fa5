using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;
using Xunit;

namespace Timeline.Worker.Tests;

/// <summary>Whether this build's pipeline accepts its own embedded samples; first-start tests need it to.</summary>
public static class SamplesPrecondition
{
    /// <summary>Skips the calling test, naming the refusals, when a sample does not pass the pipeline.</summary>
    public static async Task RequireAcceptedAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        await using var store = await Stores.OpenAsync(dataDirectory, cancellationToken);
        var pipeline = IngestionPipeline.CreateDefault(store);
        var refusals = new List<string>();
        foreach (var sample in SampleDocuments.All)
        {
            var report = await pipeline.IngestAsync(sample.Utf8, cancellationToken);
            if (report.Status == IngestReportStatus.Rejected) refusals.Add($"{sample.Name}: {string.Join("; ", report.Errors)}");
        }
        if (refusals.Count > 0) Assert.Skip($"The pipeline refuses the embedded samples, so first start has nothing to load: {string.Join(" | ", refusals)}");
    }
}
