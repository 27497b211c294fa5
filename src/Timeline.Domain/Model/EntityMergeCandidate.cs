namespace Timeline.Domain.Model;

/// <summary>Two canonical entities that may be the same, proposed for curation.</summary>
/// <param name="Id">Stable id of the proposal.</param>
/// <param name="LeftEntityId">The ordinally smaller entity id.</param>
/// <param name="RightEntityId">The ordinally larger entity id.</param>
/// <param name="Score">Similarity of the closest pair of names, 0 to 1.</param>
/// <param name="Evidence">Why the pair was proposed.</param>
public sealed record EntityMergeCandidate(string Id, string LeftEntityId, string RightEntityId, double Score, string Evidence);
