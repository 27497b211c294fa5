namespace Timeline.Domain.Resolution;

/// <summary>
/// Two resolved entities that may be the same but lack the evidence to merge automatically;
/// a curator settles it with a <see cref="ResolutionOverrides"/> decision.
/// </summary>
/// <param name="Id">Stable id derived from the two entity ids.</param>
/// <param name="LeftEntityId">The ordinally smaller entity id.</param>
/// <param name="RightEntityId">The ordinally larger entity id.</param>
/// <param name="Score">Jaro-Winkler similarity of the closest pair of normalised names.</param>
/// <param name="Evidence">Why the pair was proposed, naming the compared names and any conflicting ids.</param>
public sealed record MergeCandidate(string Id, string LeftEntityId, string RightEntityId, double Score, string Evidence);
