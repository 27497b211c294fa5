namespace Timeline.Domain.Model;

/// <summary>One entry of the curation log: who did what, when.</summary>
/// <param name="Sequence">Position in the log, from 1, oldest first.</param>
/// <param name="At">When, by the store's clock.</param>
/// <param name="Actor">Who (<see cref="CurationContext.Actor"/>).</param>
/// <param name="Kind">What kind of action.</param>
/// <param name="Targets">The ids the action was given (candidate, merge, entity and mentions, article).</param>
/// <param name="Results">The ids the action produced or left (the merged entity, the two sides, the split entities); empty for a retraction.</param>
/// <param name="Note">The curator's note, if any.</param>
public sealed record CurationAction(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    CurationActionKind Kind,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Results,
    string? Note);
