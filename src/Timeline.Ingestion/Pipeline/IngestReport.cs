using Timeline.Domain.Ports;

namespace Timeline.Ingestion.Pipeline;

/// <summary>
/// The precise answer to a delivery: the status, the article, how its entity mentions and event
/// reports landed (created, merged into existing nodes, unchanged), and for a refusal every error.
/// </summary>
public sealed record IngestReport(
    IngestReportStatus Status,
    string? ArticleId,
    IngestCounts Entities,
    IngestCounts Events,
    IReadOnlyList<IngestError> Errors)
{
    /// <summary>A refusal with its errors; the article id when the document got far enough to name one.</summary>
    public static IngestReport Rejected(string? articleId, IReadOnlyList<IngestError> errors) =>
        new(IngestReportStatus.Rejected, articleId, IngestCounts.Zero, IngestCounts.Zero, errors);

    /// <summary>The report of a stored document.</summary>
    public static IngestReport From(IngestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var status = outcome.Status switch
        {
            IngestStatus.Created => IngestReportStatus.Created,
            IngestStatus.Updated => IngestReportStatus.Updated,
            IngestStatus.Unchanged => IngestReportStatus.Unchanged,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Status, "Unknown ingest status."),
        };
        return new IngestReport(status, outcome.ArticleId, outcome.Entities, outcome.Events, []);
    }
}
