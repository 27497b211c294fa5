using Timeline.Domain.Model;

namespace Timeline.Domain.Resolution;

/// <summary>A canonical entity derived from a cluster of mentions.</summary>
/// <param name="Id">Stable id derived from the cluster's smallest stable key, never from arrival order.</param>
/// <param name="Kind">The kind every mention of the cluster shares.</param>
/// <param name="Name">The name most mentions use; ties broken by ordinal order.</param>
/// <param name="Aliases">Every other name of the cluster, ordinal order.</param>
/// <param name="Description">The description most mentions give; ties broken by ordinal order.</param>
/// <param name="ExternalIds">External ids of the cluster, scheme to value.</param>
/// <param name="MentionIds">Every mention of the cluster, ordinal order.</param>
/// <param name="Keys">Every key of the cluster, so that old ids and keys still find the merged entity.</param>
public sealed record ResolvedEntity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyDictionary<string, string> ExternalIds,
    IReadOnlyList<string> MentionIds,
    IReadOnlyList<string> Keys)
{
    /// <summary>
    /// The ids a cluster of these mentions could have had before a merge (one per key, see
    /// <see cref="EntityIds.ForKey"/>), so that an old id still finds the merged entity.
    /// </summary>
    public IReadOnlyList<string> KnownIds =>
        [.. Keys.Select(k => EntityIds.ForKey(Kind, k)).Append(Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
