using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Place</c>: the entity fields plus the place it is part of.</summary>
internal static class PlaceResolvers
{
    public static ResolverMap Create()
    {
        var map = EntityResolvers.Create();
        map.AddAsync("partOf", ctx => ctx.Parent<Entity>().PartOfId is { } parent ? StoreLoaders.EntityAsync(ctx, parent) : Task.FromResult<Entity?>(null));
        return map;
    }
}
