using Timeline.Domain.Ports;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Api.Ingest;

/// <summary>
/// The JSON answer of <c>POST /ingest</c>, shaped like the GraphQL <c>IngestReport</c> (status in capitals,
/// <c>article.id</c>, counts, errors with JSON Pointer paths) so scripts read both alike. The counts add up
/// entity mentions and event reports; <see cref="Entities"/> and <see cref="Events"/> tell them apart.
/// </summary>
public sealed record IngestReportBody(
    string Status,
    ArticleRef? Article,
    int Created,
    int Merged,
    int Unchanged,
    IngestCounts Entities,
    IngestCounts Events,
    IReadOnlyList<IngestErrorBody> Errors)
{
    public static IngestReportBody From(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new IngestReportBody(
            report.Status.ToString().ToUpperInvariant(),
            report.ArticleId is null ? null : new ArticleRef(report.ArticleId),
            report.Entities.Created + report.Events.Created,
            report.Entities.Merged + report.Events.Merged,
            report.Entities.Unchanged + report.Events.Unchanged,
            report.Entities,
            report.Events,
            [.. report.Errors.Select(error => new IngestErrorBody(error.Pointer, error.Message))]);
    }
}

/// <summary>The article a report is about.</summary>
public sealed record ArticleRef(string Id);

/// <summary>One refusal: where in the document (an RFC 6901 JSON Pointer, "" for the whole document) and why.</summary>
public sealed record IngestErrorBody(string Path, string Message);
