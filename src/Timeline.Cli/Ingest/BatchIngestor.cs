using System.Diagnostics;
using Spectre.Console;
using Timeline.Hosting.Inbox;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Cli.Ingest;

/// <summary>Ingests a list of files in order, showing a progress bar for larger batches on a terminal.</summary>
public sealed class BatchIngestor(IngestionPipeline pipeline, int maxDocumentBytes)
{
    /// <summary>Batches larger than this get a progress bar; a handful of files finish before one would help.</summary>
    public const int ProgressThreshold = 5;

    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> files, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(console);
        var clock = Stopwatch.StartNew();
        var results = new List<FileIngestResult>(files.Count);
        if (files.Count > ProgressThreshold && console.Profile.Capabilities.Interactive)
        {
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting", maxValue: files.Count);
                    foreach (var file in files)
                    {
                        results.Add(await IngestOneAsync(file, cancellationToken));
                        task.Increment(1);
                    }
                });
        }
        else
        {
            foreach (var file in files) results.Add(await IngestOneAsync(file, cancellationToken));
        }
        return new IngestSummary(results, clock.Elapsed);
    }

    private async Task<FileIngestResult> IngestOneAsync(string file, CancellationToken cancellationToken)
    {
        byte[] utf8;
        try
        {
            utf8 = await DocumentFile.ReadAsync(file, maxDocumentBytes, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new FileIngestResult(file, IngestReport.Rejected(null, [new IngestError("", $"cannot read the file: {error.Message}")]));
        }
        return new FileIngestResult(file, await pipeline.IngestAsync(utf8, cancellationToken));
    }
}
