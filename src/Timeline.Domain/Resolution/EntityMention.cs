using Timeline.Domain.Model;

namespace Timeline.Domain.Resolution;

/// <summary>One article's mention of an entity: the claim from which canonical entities are derived.</summary>
/// <param name="MentionId">"{articleId}#{localKey}", stable across re-ingestion of the same article version.</param>
/// <param name="ArticleId">The article that makes the mention.</param>
/// <param name="Kind">Person, organization or place; mentions never merge across kinds.</param>
/// <param name="Name">The name as the article gives it.</param>
/// <param name="Aliases">Other names the article gives for the same entity.</param>
/// <param name="ExternalIds">Identifiers in external schemes, scheme to value (e.g. "wikidata" to "Q1163085").</param>
/// <param name="SameAs">Names or keys the document asserts denote the same entity; they settle a merge.</param>
/// <param name="Description">A short description from the article, if any.</param>
/// <param name="Quote">The passage the mention comes from.</param>
public sealed record EntityMention(
    string MentionId,
    string ArticleId,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> ExternalIds,
    IReadOnlyList<string> SameAs,
    string? Description,
    string Quote);
