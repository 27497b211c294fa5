namespace Timeline.Domain.Resolution;

/// <summary>The outcome of resolving a set of mentions: canonical entities and proposed merges.</summary>
/// <param name="Entities">Resolved entities, ordered by id.</param>
/// <param name="Candidates">Proposed merges awaiting curation, ordered by id.</param>
public sealed record EntityResolution(IReadOnlyList<ResolvedEntity> Entities, IReadOnlyList<MergeCandidate> Candidates);
