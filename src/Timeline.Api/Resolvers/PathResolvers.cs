using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Path</c> (runtime value: <see cref="GraphPath"/>).</summary>
internal static class PathResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("length", ctx => ctx.Parent<GraphPath>().Hops);
        return map;
    }
}
