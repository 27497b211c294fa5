namespace Timeline.Domain.Resolution;

/// <summary>What event blocking weighs of a report itself: its resolved participants (the store finds its neighbours).</summary>
/// <param name="Participants">Distinct resolved participant entities.</param>
public sealed record BlockingReport(string ReportId, IReadOnlyList<string> Participants);
