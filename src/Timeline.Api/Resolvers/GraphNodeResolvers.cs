using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>GraphNode</c> (runtime value: <see cref="GraphNode"/>); an event node's time loads in a batch.</summary>
internal static class GraphNodeResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("kind", ctx => ctx.Parent<GraphNode>().Kind == GraphNodeKind.Event ? "event" : "entity");
        map.AddAsync("when", async ctx =>
        {
            var node = ctx.Parent<GraphNode>();
            if (node.Kind != GraphNodeKind.Event) return null;
            Event? ev = await StoreLoaders.EventAsync(ctx, node.Id).ConfigureAwait(false);
            return ev?.When;
        });
        return map;
    }
}
