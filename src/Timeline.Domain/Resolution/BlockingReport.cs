namespace Timeline.Domain.Resolution;

/// <summary>What event blocking needs of a report: its type, its time range and its resolved entities.</summary>
/// <param name="Participants">Distinct resolved participant entities.</param>
/// <param name="Place">The resolved place entity, if any.</param>
public sealed record BlockingReport(string ReportId, string Type, DateOnly Earliest, DateOnly Latest, IReadOnlyList<string> Participants, string? Place)
{
    /// <summary>The participants and the place: the entities under which a report is filed for blocking.</summary>
    public IEnumerable<string> Entities => Place is null ? Participants : Participants.Append(Place);
}
