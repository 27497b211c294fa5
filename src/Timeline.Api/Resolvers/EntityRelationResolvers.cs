using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>EntityRelation</c> (runtime value: <see cref="EntityLink"/>).</summary>
internal static class EntityRelationResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("type", ctx => RelationTypeNames.Of(ctx.Parent<EntityLink>().Relation.Type));
        map.Add("direction", ctx => ctx.Parent<EntityLink>().IsOutgoing ? RelationDirection.Outgoing : RelationDirection.Incoming);
        map.AddAsync("entity", ctx => StoreLoaders.EntityAsync(ctx, ctx.Parent<EntityLink>().OtherEntityId));
        map.Add("from", ctx => ctx.Parent<EntityLink>().Relation.Start);
        map.Add("to", ctx => ctx.Parent<EntityLink>().Relation.End);
        map.Add("sources", ctx => ctx.Parent<EntityLink>().Relation.Claims);
        return map;
    }
}
