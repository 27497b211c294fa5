namespace Timeline.Domain.Model;

/// <summary>Sources of one event disagree on a field; every version is kept with its claims.</summary>
/// <param name="EventId">The event whose sources disagree.</param>
/// <param name="Field">The disputed field: "when", "place", "participant", ...</param>
/// <param name="Values">Each version with its claims, ordinal order of value.</param>
public sealed record Conflict(string EventId, string Field, IReadOnlyList<ConflictValue> Values);
