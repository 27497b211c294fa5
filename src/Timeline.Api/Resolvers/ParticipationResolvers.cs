using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Participation</c> (runtime value: <see cref="Participation"/>).</summary>
internal static class ParticipationResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("entity", ctx => StoreLoaders.EntityAsync(ctx, ctx.Parent<Participation>().EntityId));
        map.Add("sources", ctx => ctx.Parent<Participation>().Claims);
        return map;
    }
}
