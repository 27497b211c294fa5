namespace Timeline.Storage.Neo4j.Curation;

/// <summary>A stored curation decision on two mentions (A ordinally before B).</summary>
internal sealed record StoredDecision(string MentionA, string MentionB, bool Same, string? Note);
