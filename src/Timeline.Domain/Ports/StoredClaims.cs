using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>
/// Everything a store was told, as it holds it: each article's facts and every curation decision.
/// The canonical graph is a function of these, so they are what an export must carry to rebuild
/// the same graph in any store.
/// </summary>
/// <param name="Articles">Each article's facts, by article id; within an article, entities and events by key.</param>
/// <param name="Decisions">Curation decisions, by their two mention ids.</param>
public sealed record StoredClaims(IReadOnlyList<ArticleFacts> Articles, IReadOnlyList<MergeRecord> Decisions);
