namespace Timeline.Domain.Model;

/// <summary>
/// A recorded curation decision about two mentions. Decisions are kept, not applied destructively,
/// so that a merge stays reversible: recording the opposite decision undoes it.
/// </summary>
/// <param name="MentionA">The ordinally smaller mention id ("{articleId}#{localKey}").</param>
/// <param name="MentionB">The ordinally larger mention id.</param>
/// <param name="Decision">Same or different.</param>
/// <param name="Note">Why the curator decided so, if given.</param>
public sealed record MergeRecord(string MentionA, string MentionB, MergeDecision Decision, string? Note);
