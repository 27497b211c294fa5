using Timeline.Domain.Model;

namespace Timeline.Api.Resolvers;

/// <summary>An entity relation seen from one of its entities: the <c>EntityRelation</c> GraphQL type's runtime value.</summary>
internal sealed record EntityLink(EntityRelation Relation, string SeenFrom) : RelationLink(SeenFrom)
{
    public override string SubjectId => Relation.SubjectEntityId;

    public override string ObjectId => Relation.ObjectEntityId;

    public override string TypeName => RelationTypeNames.Of(Relation.Type);

    public override IReadOnlyList<Claim> Claims => Relation.Claims;
}
