using Timeline.Ingestion.Pipeline;

namespace Timeline.Worker;

/// <summary>What became of one inbox file: the pipeline's report and where the file went.</summary>
/// <param name="DocumentName">The file's name in the inbox.</param>
/// <param name="Report">The pipeline's answer.</param>
/// <param name="DestinationPath">The file's path in <c>processed/</c> or <c>failed/</c>.</param>
/// <param name="ErrorReportPath">The refusal report beside a failed document; null when accepted.</param>
public sealed record InboxResult(string DocumentName, IngestReport Report, string DestinationPath, string? ErrorReportPath)
{
    public bool Accepted => Report.Status != IngestReportStatus.Rejected;
}
