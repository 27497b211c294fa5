namespace Timeline.Domain.Resolution;

/// <summary>A resolved entity with what candidate search needs from its cluster.</summary>
internal sealed record ResolvedCluster(
    ResolvedEntity Entity,
    IReadOnlyDictionary<string, SortedSet<string>> ExternalIds,
    IReadOnlyList<string> FoldedNames,
    IReadOnlyList<string> NormalisedNames);
