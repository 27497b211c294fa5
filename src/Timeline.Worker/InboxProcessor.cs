using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Hosting;
using Timeline.Hosting.Inbox;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Worker;

/// <summary>
/// Ingests one inbox file: reads it, runs the pipeline, then moves it to <c>processed/</c> when the
/// store accepted it or to <c>failed/</c> with <c>&lt;name&gt;.error.json</c> beside it when refused.
/// </summary>
/// <remarks>
/// The move happens only after the store's transaction has committed. A process that dies in
/// between leaves the file in the inbox; ingesting it again is Unchanged, so it still ends in
/// <c>processed/</c> exactly once.
/// </remarks>
public sealed partial class InboxProcessor(
    IngestionPipeline pipeline,
    InboxPaths paths,
    IOptions<TimelineOptions> options,
    TimeProvider timeProvider,
    ILogger<InboxProcessor> logger)
{
    /// <summary>Processes <paramref name="path"/>; null when the file vanished before it could be read.</summary>
    public async Task<InboxResult?> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        byte[] utf8;
        try
        {
            utf8 = await DocumentFile.ReadAsync(path, options.Value.Ingestion.MaxDocumentBytes, cancellationToken);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            LogVanished(logger, name);
            return null;
        }

        var report = await pipeline.IngestAsync(utf8, cancellationToken);
        // From here on the store has decided: no cancellation may stop the file from following the decision.
        return report.Status == IngestReportStatus.Rejected
            ? await MoveToFailedAsync(path, name, report)
            : MoveToProcessed(path, name, report);
    }

    /// <summary>
    /// Moves a file the pipeline never judged (the store kept failing on it) to <c>failed/</c>,
    /// with <paramref name="reason"/> as its report, so it stops blocking the inbox.
    /// </summary>
    public Task<InboxResult> GiveUpAsync(string path, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var report = IngestReport.Rejected(null, [new IngestError("", reason)]);
        return MoveToFailedAsync(path, Path.GetFileName(path), report);
    }

    private InboxResult MoveToProcessed(string path, string name, IngestReport report)
    {
        var destination = UniqueFileMover.Move(path, paths.Processed);
        LogAccepted(logger, name, report.Status, report.ArticleId, report.Events.Created, report.Events.Merged, report.Events.Unchanged, destination);
        return new InboxResult(name, report, destination, null);
    }

    private async Task<InboxResult> MoveToFailedAsync(string path, string name, IngestReport report)
    {
        // The report is written before the document moves: a process that dies in between leaves the
        // document in the inbox and an orphan report, which the next attempt overwrites. Only documents
        // claim a name, so an orphan report never pushes its document to a suffixed name.
        Directory.CreateDirectory(paths.Failed);
        var destination = UniqueFileMover.FreePath(paths.Failed, name);
        var reportPath = Path.Combine(paths.Failed, ErrorReportNames.For(Path.GetFileName(destination)));
        await ErrorReportWriter.WriteAsync(reportPath, name, report, timeProvider.GetUtcNow(), CancellationToken.None);
        File.Move(path, destination, overwrite: true);
        var first = report.Errors.Count > 0 ? report.Errors[0] : new IngestError("", "no reason given");
        LogRefused(logger, name, report.Errors.Count, first.Pointer, first.Message, destination);
        return new InboxResult(name, report, destination, reportPath);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Document}: {Status} article {ArticleId} (events created {Created}, merged {Merged}, unchanged {Unchanged}); moved to {Destination}")]
    private static partial void LogAccepted(ILogger logger, string document, IngestReportStatus status, string? articleId,
        int created, int merged, int unchanged, string destination);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Document}: refused with {ErrorCount} errors, first at '{Pointer}': {Message}; moved to {Destination}")]
    private static partial void LogRefused(ILogger logger, string document, int errorCount, string pointer, string message, string destination);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Document} vanished from the inbox before it was read")]
    private static partial void LogVanished(ILogger logger, string document);
}
