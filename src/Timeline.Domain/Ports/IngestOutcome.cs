namespace Timeline.Domain.Ports;

/// <summary>The result of ingesting one article's facts.</summary>
/// <param name="Status">Created, updated or unchanged.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Entities">How the entity mentions landed.</param>
/// <param name="Events">How the event reports landed.</param>
public sealed record IngestOutcome(IngestStatus Status, string ArticleId, IngestCounts Entities, IngestCounts Events);
