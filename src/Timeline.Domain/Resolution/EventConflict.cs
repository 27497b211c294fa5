namespace Timeline.Domain.Resolution;

/// <summary>Reports of one event disagree on a field; every version is kept rather than one silently picked.</summary>
/// <param name="Field">The disputed field: "when", "place" or "participant".</param>
/// <param name="Values">Each version with its reports, ordinal order of value.</param>
public sealed record EventConflict(string Field, IReadOnlyList<ConflictValue> Values);
