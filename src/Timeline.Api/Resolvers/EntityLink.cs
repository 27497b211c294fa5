using Timeline.Domain.Model;

namespace Timeline.Api.Resolvers;

/// <summary>An entity relation seen from one of its entities: the <c>EntityRelation</c> GraphQL type's runtime value.</summary>
internal sealed record EntityLink(EntityRelation Relation, string SeenFrom)
{
    public bool IsOutgoing => Relation.SubjectEntityId == SeenFrom;

    public string OtherEntityId => IsOutgoing ? Relation.ObjectEntityId : Relation.SubjectEntityId;
}
