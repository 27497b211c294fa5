namespace Timeline.Domain.Model;

/// <summary>An entity as one article mentions it.</summary>
/// <param name="Key">Key local to the article.</param>
/// <param name="Kind">Person, organization or place.</param>
/// <param name="Name">The name as the article spells it.</param>
/// <param name="Aliases">Other names the article gives.</param>
/// <param name="Description">A short description, if given.</param>
/// <param name="ExternalIds">Ids in external knowledge bases, scheme to value.</param>
/// <param name="SameAs">Other spellings an editor asserts denote the same entity.</param>
/// <param name="Quote">The passage that names the entity.</param>
public sealed record ArticleEntity(
    string Key,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyDictionary<string, string> ExternalIds,
    IReadOnlyList<string> SameAs,
    string Quote);
