using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>GraphStats</c> (runtime value: <see cref="GraphCounts"/>); counts beyond Int's range are an error, not a wrap.</summary>
internal static class GraphStatsResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("events", ctx => checked((int)ctx.Parent<GraphCounts>().Events));
        map.Add("entities", ctx => checked((int)ctx.Parent<GraphCounts>().Entities));
        map.Add("articles", ctx => checked((int)ctx.Parent<GraphCounts>().Articles));
        map.Add("claims", ctx => checked((int)ctx.Parent<GraphCounts>().Claims));
        return map;
    }
}
