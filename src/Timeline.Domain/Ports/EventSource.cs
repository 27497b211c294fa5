using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>One article's report of an event: the article and the quote that reports it.</summary>
public sealed record EventSource(string EventId, string ReportId, Article Article, Claim Claim);
