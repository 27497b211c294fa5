namespace Timeline.Domain.Model;

/// <summary>An entity's part in an event, with the claims that support it.</summary>
/// <param name="EventId">The event.</param>
/// <param name="EntityId">The participating entity.</param>
/// <param name="Role">"agent", "target", "speaker", "location", "participant", ...</param>
/// <param name="Claims">The supporting claims, ordered by article id then quote.</param>
public sealed record Participation(string EventId, string EntityId, string Role, IReadOnlyList<Claim> Claims);
