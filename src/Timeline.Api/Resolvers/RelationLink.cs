using Timeline.Domain.Model;

namespace Timeline.Api.Resolvers;

/// <summary>
/// A relation seen from one of its two ends: the runtime value of <c>EventRelation</c> and <c>EntityRelation</c>,
/// which show the relation's type, its direction from where it is seen, the other end and the claims.
/// </summary>
internal abstract record RelationLink(string SeenFrom)
{
    public abstract string SubjectId { get; }

    public abstract string ObjectId { get; }

    /// <summary>The relation type as the schema spells it.</summary>
    public abstract string TypeName { get; }

    public abstract IReadOnlyList<Claim> Claims { get; }

    public RelationDirection Direction => SubjectId == SeenFrom ? RelationDirection.Outgoing : RelationDirection.Incoming;

    public string OtherId => SubjectId == SeenFrom ? ObjectId : SubjectId;
}
