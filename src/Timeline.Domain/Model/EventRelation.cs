namespace Timeline.Domain.Model;

/// <summary>A typed link from one event to another, with the claims that support it.</summary>
/// <param name="Type">The kind of link.</param>
/// <param name="SubjectEventId">The event the link starts from.</param>
/// <param name="ObjectEventId">The event the link points to.</param>
/// <param name="Claims">The supporting claims, ordered by article id then quote.</param>
public sealed record EventRelation(EventRelationType Type, string SubjectEventId, string ObjectEventId, IReadOnlyList<Claim> Claims);
