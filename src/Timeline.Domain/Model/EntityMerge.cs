namespace Timeline.Domain.Model;

/// <summary>
/// One join the graph holds: two groups of mentions that became one canonical entity, with what
/// joined them. An entity of n mentions holds n - 1 merges, found in the order resolution applies
/// its rules (curator decisions, then external ids, then name keys), so each side is the entity
/// its mentions would form apart.
/// </summary>
/// <param name="Id">Stable id, derived from the two sides' mention ids ("merge-…").</param>
/// <param name="EntityId">The canonical entity the merge is part of.</param>
/// <param name="EntityName">Its canonical name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Left">The side holding the ordinally smallest mention.</param>
/// <param name="Right">The other side.</param>
/// <param name="Curated">True when a curator's decision made the merge (undo removes the decision); false when the rules did (undo records that the sides differ).</param>
/// <param name="Evidence">Everything that joins the two sides: decisions first, then shared keys in ordinal order.</param>
public sealed record EntityMerge(
    string Id,
    string EntityId,
    string EntityName,
    EntityKind Kind,
    MergeSide Left,
    MergeSide Right,
    bool Curated,
    IReadOnlyList<MergeEvidence> Evidence);
