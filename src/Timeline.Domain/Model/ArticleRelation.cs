using Timeline.Domain.Time;

namespace Timeline.Domain.Model;

/// <summary>A typed link between two events or two entities of one article.</summary>
/// <param name="Type">The wire name of the link type ("caused", "responseTo", "memberOf", ...).</param>
/// <param name="Ends">Whether it links events or entities.</param>
/// <param name="SubjectKey">Local key of the subject.</param>
/// <param name="ObjectKey">Local key of the object.</param>
/// <param name="Start">When the link began, if stated (entity links only).</param>
/// <param name="End">When the link ended, if stated (entity links only).</param>
/// <param name="Quote">The supporting passage.</param>
public sealed record ArticleRelation(
    string Type,
    RelationEnds Ends,
    string SubjectKey,
    string ObjectKey,
    TimePoint? Start,
    TimePoint? End,
    string Quote);
