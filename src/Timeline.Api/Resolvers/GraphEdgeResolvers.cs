using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>GraphEdge</c> (runtime value: <see cref="GraphEdge"/>); a participation's time is its event's.</summary>
internal static class GraphEdgeResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("id", ctx =>
        {
            var edge = ctx.Parent<GraphEdge>();
            return $"{edge.Kind}:{edge.From}:{edge.Label}:{edge.To}";
        });
        map.Add("source", ctx => ctx.Parent<GraphEdge>().From);
        map.Add("target", ctx => ctx.Parent<GraphEdge>().To);
        map.AddAsync("when", async ctx =>
        {
            var edge = ctx.Parent<GraphEdge>();
            if (edge.Kind != GraphEdge.Participation) return null;
            Event? ev = await StoreLoaders.EventAsync(ctx, edge.To).ConfigureAwait(false);
            return ev?.When;
        });
        return map;
    }
}
