using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>ConflictValue</c> (runtime value: <see cref="ConflictValue"/>).</summary>
internal static class ConflictValueResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("sources", ctx => ctx.Parent<ConflictValue>().Claims);
        return map;
    }
}
