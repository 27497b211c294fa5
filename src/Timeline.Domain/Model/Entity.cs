namespace Timeline.Domain.Model;

/// <summary>A canonical person, organization or place, derived from the mentions of every article.</summary>
/// <param name="Id">Stable canonical id.</param>
/// <param name="Kind">Person, organization or place.</param>
/// <param name="Name">The canonical name (the one most mentions use).</param>
/// <param name="Aliases">Every other name the sources use, ordinal order.</param>
/// <param name="Description">A short description, if any source gives one.</param>
/// <param name="ExternalIds">Ids in external knowledge bases, scheme to value.</param>
/// <param name="PartOfId">For a place, the place it is part of (from a partOf relation), if any.</param>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyDictionary<string, string> ExternalIds,
    string? PartOfId);
