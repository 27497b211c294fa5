using Timeline.Domain.Model;

namespace Timeline.Api.Resolvers;

/// <summary>An event relation seen from one of its events: the <c>EventRelation</c> GraphQL type's runtime value.</summary>
internal sealed record EventLink(EventRelation Relation, string SeenFrom) : RelationLink(SeenFrom)
{
    public override string SubjectId => Relation.SubjectEventId;

    public override string ObjectId => Relation.ObjectEventId;

    public override string TypeName => RelationTypeNames.Of(Relation.Type);

    public override IReadOnlyList<Claim> Claims => Relation.Claims;
}
