using Timeline.Domain.Time;

namespace Timeline.Domain.Resolution;

/// <summary>A canonical event derived from one or more reports.</summary>
/// <param name="Id">Stable id derived from the set of report ids, never from arrival order.</param>
/// <param name="Type">The type every report shares.</param>
/// <param name="Title">The title most reports use; ties broken by ordinal order.</param>
/// <param name="Summary">The summary most reports give; ties broken by ordinal order.</param>
/// <param name="When">The most precise time consistent with all agreeing reports.</param>
/// <param name="PlaceEntityId">The place the reports agree on (the majority place when they conflict).</param>
/// <param name="Tags">Union of the reports' tags, ordinal order.</param>
/// <param name="ReportIds">Every report of the event, ordinal order.</param>
/// <param name="Conflicts">Fields on which the reports disagree.</param>
public sealed record MergedEvent(
    string Id,
    string Type,
    string Title,
    string? Summary,
    TimePoint When,
    string? PlaceEntityId,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ReportIds,
    IReadOnlyList<EventConflict> Conflicts)
{
    /// <summary>Every participant any report names, ordinal order.</summary>
    public IReadOnlyList<string> ParticipantEntityIds { get; init; } = [];

    /// <summary>
    /// The id each report would give the event on its own (<see cref="EventIds.ForReport"/>), so
    /// that an id issued before reports were merged still finds the merged event.
    /// </summary>
    public IReadOnlyList<string> KnownIds => [.. ReportIds.Select(EventIds.ForReport)];
}
