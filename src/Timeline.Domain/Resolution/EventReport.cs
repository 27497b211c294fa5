using Timeline.Domain.Time;

namespace Timeline.Domain.Resolution;

/// <summary>One article's report of an event, with entity ids already resolved.</summary>
/// <param name="ReportId">"{articleId}#{localKey}".</param>
/// <param name="ArticleId">The reporting article.</param>
/// <param name="Type">The event type (e.g. "strike", "vote"); reports of different types never merge.</param>
/// <param name="Title">The title as the article phrases the event.</param>
/// <param name="Summary">A short summary, if any.</param>
/// <param name="When">When the article says the event happened, at its precision.</param>
/// <param name="PlaceEntityId">The resolved place entity, if any.</param>
/// <param name="ParticipantEntityIds">Resolved participant entities.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Quote">The passage the report comes from.</param>
public sealed record EventReport(
    string ReportId,
    string ArticleId,
    string Type,
    string Title,
    string? Summary,
    TimePoint When,
    string? PlaceEntityId,
    IReadOnlyList<string> ParticipantEntityIds,
    IReadOnlyList<string> Tags,
    string Quote)
{
    /// <summary>
    /// The role of each participant as the article states it ("agent", "target", ...), keyed by
    /// entity id; participants without an entry have no stated role. Roles that contradict
    /// between reports of one event become an <see cref="EventConflict"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ParticipantRoles { get; init; } = new Dictionary<string, string>();
}
