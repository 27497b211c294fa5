using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;
using Timeline.Hosting;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;

namespace Timeline.Worker;

/// <summary>Ingests the embedded sample documents on first start, so a new installation has a graph to look at.</summary>
public sealed partial class SampleLoader(
    IGraphStore store,
    IngestionPipeline pipeline,
    IOptions<TimelineOptions> options,
    ILogger<SampleLoader> logger)
{
    /// <summary>
    /// Loads the samples when <see cref="IngestionOptions.LoadSamplesOnFirstStart"/> is set and the
    /// store holds nothing but (some of) the samples. Counting the samples as "nothing" matters when
    /// a first start was stopped half-way: the next start completes the set, and ingestion being
    /// idempotent, the samples already there are Unchanged. A refused sample is logged as an error and
    /// skipped: the inbox matters more than the demonstration data. Returns how many samples were stored.
    /// </summary>
    public async Task<int> LoadIfFirstStartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Ingestion.LoadSamplesOnFirstStart) return 0;
        var samples = SampleDocuments.All;
        var sampleIds = samples.Select(sample => ArticleId(sample)).ToList();
        var counts = await store.CountAsync(cancellationToken);
        var present = await store.GetArticlesAsync(sampleIds, cancellationToken);
        if (counts.Articles > present.Count || present.Count == sampleIds.Count) return 0;

        var loaded = 0;
        foreach (var sample in samples)
        {
            var report = await pipeline.IngestAsync(sample.Utf8, cancellationToken);
            if (report.Status == IngestReportStatus.Rejected)
            {
                LogSampleRefused(logger, sample.Name, string.Join("; ", report.Errors));
                continue;
            }
            LogSample(logger, sample.Name, report.Status);
            loaded++;
        }
        return loaded;
    }

    private static string ArticleId(SampleDocument sample)
    {
        using var json = JsonDocument.Parse(sample.Utf8);
        return json.RootElement.GetProperty("article").GetProperty("id").GetString()
            ?? throw new InvalidOperationException($"The embedded sample {sample.Name} has no article id.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: sample {Sample} {Status}")]
    private static partial void LogSample(ILogger logger, string sample, IngestReportStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "First start: the embedded sample {Sample} was refused, so this build's samples and pipeline disagree: {Errors}")]
    private static partial void LogSampleRefused(ILogger logger, string sample, string errors);
}
