namespace Timeline.Domain.Curation;

/// <summary>A stored curation decision on two mentions (A ordinally before B).</summary>
public sealed record StoredDecision(string MentionA, string MentionB, bool Same, string? Note);
