using Timeline.Ingestion.Pipeline;

namespace Timeline.Cli.Ingest;

/// <summary>The figures of a batch: documents by status, event reports by how they landed, time taken, and the refusals.</summary>
public sealed class IngestSummary(IReadOnlyList<FileIngestResult> results, TimeSpan elapsed)
{
    public IReadOnlyList<FileIngestResult> Results { get; } = results;

    public TimeSpan Elapsed { get; } = elapsed;

    public int Created => Count(IngestReportStatus.Created);

    public int Updated => Count(IngestReportStatus.Updated);

    public int Unchanged => Count(IngestReportStatus.Unchanged);

    public int Rejected => Count(IngestReportStatus.Rejected);

    public int EventsCreated => Results.Sum(r => r.Report.Events.Created);

    public int EventsMerged => Results.Sum(r => r.Report.Events.Merged);

    public int EventsUnchanged => Results.Sum(r => r.Report.Events.Unchanged);

    public IEnumerable<FileIngestResult> Refusals => Results.Where(r => r.Report.Status == IngestReportStatus.Rejected);

    private int Count(IngestReportStatus status) => Results.Count(r => r.Report.Status == status);
}
