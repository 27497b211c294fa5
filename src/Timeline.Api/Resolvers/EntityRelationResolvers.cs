using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>EntityRelation</c> (runtime value: <see cref="EntityLink"/>): the shared relation fields and the time span.</summary>
internal static class EntityRelationResolvers
{
    public static ResolverMap Create()
    {
        var map = RelationLinkResolvers.Create("entity", StoreLoaders.EntityAsync);
        map.Add("from", ctx => ctx.Parent<EntityLink>().Relation.Start);
        map.Add("to", ctx => ctx.Parent<EntityLink>().Relation.End);
        return map;
    }
}
