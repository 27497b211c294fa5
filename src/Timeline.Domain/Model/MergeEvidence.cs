namespace Timeline.Domain.Model;

/// <summary>One reason two sides of a merge are one entity.</summary>
/// <param name="Kind">External id, name key, sameAs or curator decision.</param>
/// <param name="Value">The shared key ("wikidata:Q1163085", "person:fuad husain"), or for a decision the two mentions ("a#1 = b#2").</param>
/// <param name="MentionIds">The mentions, one or more of each side, that carry this evidence, ordinal order.</param>
/// <param name="Note">The curator's note for a decision; null otherwise.</param>
public sealed record MergeEvidence(MergeEvidenceKind Kind, string Value, IReadOnlyList<string> MentionIds, string? Note);
