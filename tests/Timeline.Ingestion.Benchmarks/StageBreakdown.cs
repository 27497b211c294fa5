using System.Diagnostics;
using System.Globalization;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Ingestion.Benchmarks;

/// <summary>Times each pre-store stage alone over the same documents, to show where the pipeline's time goes.</summary>
internal static class StageBreakdown
{
    public static async Task PrintAsync(IReadOnlyList<byte[]> documents)
    {
        var stages = IngestionPipeline.DefaultStages(IngestionPipelineOptions.Default);
        var elapsed = new TimeSpan[stages.Count];
        foreach (var document in documents)
        {
            var context = new IngestContext(document);
            for (var i = 0; i < stages.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                await stages[i].RunAsync(context, CancellationToken.None);
                elapsed[i] += watch.Elapsed;
            }
        }
        for (var i = 0; i < stages.Count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  stage {stages[i].Name}: {elapsed[i].TotalMilliseconds / documents.Count:F2} ms per document"));
        }
    }
}
