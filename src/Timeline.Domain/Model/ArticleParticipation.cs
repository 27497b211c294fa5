namespace Timeline.Domain.Model;

/// <summary>An entity's part in an event as one article states it.</summary>
/// <param name="EventKey">Local key of the event.</param>
/// <param name="EntityKey">Local key of the entity.</param>
/// <param name="Role">The entity's role.</param>
/// <param name="Quote">The supporting passage (the event's quote when the document gives none).</param>
public sealed record ArticleParticipation(string EventKey, string EntityKey, string Role, string Quote);
