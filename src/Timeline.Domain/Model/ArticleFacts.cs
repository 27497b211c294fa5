namespace Timeline.Domain.Model;

/// <summary>
/// The normalised facts of one article, ready for the store: every time resolved to a
/// <see cref="Time.TimePoint"/>, every name trimmed, every fact with its quote. Local keys tie
/// the facts together within the article; the store derives canonical ids from them.
/// </summary>
/// <param name="Article">The article, with the fingerprint of these facts as its content hash.</param>
/// <param name="Entities">Entities the article mentions.</param>
/// <param name="Events">Events the article reports.</param>
/// <param name="Participations">Which entity takes part in which event.</param>
/// <param name="Relations">Links between events or between entities.</param>
public sealed record ArticleFacts(
    Article Article,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<ArticleParticipation> Participations,
    IReadOnlyList<ArticleRelation> Relations);
