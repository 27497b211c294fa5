using Timeline.Domain.Time;

namespace Timeline.Domain.Model;

/// <summary>A typed link from one entity to another, optionally bounded in time, with its claims.</summary>
/// <param name="Type">The kind of link.</param>
/// <param name="SubjectEntityId">The entity the link starts from.</param>
/// <param name="ObjectEntityId">The entity the link points to.</param>
/// <param name="Start">When the link began, if a source says.</param>
/// <param name="End">When the link ended, if a source says.</param>
/// <param name="Claims">The supporting claims, ordered by article id then quote.</param>
public sealed record EntityRelation(
    EntityRelationType Type,
    string SubjectEntityId,
    string ObjectEntityId,
    TimePoint? Start,
    TimePoint? End,
    IReadOnlyList<Claim> Claims);
