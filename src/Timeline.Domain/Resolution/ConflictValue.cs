namespace Timeline.Domain.Resolution;

/// <summary>One version of a disputed field and the reports that give it.</summary>
/// <param name="Value">The value as text (an ISO time value, an entity id, ...).</param>
/// <param name="ReportIds">Reports giving this value, ordinal order.</param>
public sealed record ConflictValue(string Value, IReadOnlyList<string> ReportIds);
