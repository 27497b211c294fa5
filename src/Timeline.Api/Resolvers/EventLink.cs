using Timeline.Domain.Model;

namespace Timeline.Api.Resolvers;

/// <summary>An event relation seen from one of its events: the <c>EventRelation</c> GraphQL type's runtime value.</summary>
internal sealed record EventLink(EventRelation Relation, string SeenFrom)
{
    public bool IsOutgoing => Relation.SubjectEventId == SeenFrom;

    public string OtherEventId => IsOutgoing ? Relation.ObjectEventId : Relation.SubjectEventId;
}
