using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>EventRelation</c> (runtime value: <see cref="EventLink"/>).</summary>
internal static class EventRelationResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("type", ctx => RelationTypeNames.Of(ctx.Parent<EventLink>().Relation.Type));
        map.Add("direction", ctx => ctx.Parent<EventLink>().IsOutgoing ? RelationDirection.Outgoing : RelationDirection.Incoming);
        map.AddAsync("event", ctx => StoreLoaders.EventAsync(ctx, ctx.Parent<EventLink>().OtherEventId));
        map.Add("sources", ctx => ctx.Parent<EventLink>().Relation.Claims);
        return map;
    }
}
