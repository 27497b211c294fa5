using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Person</c>: the entity fields plus the organizations the person belongs to or leads.</summary>
internal static class PersonResolvers
{
    public static ResolverMap Create()
    {
        var map = EntityResolvers.Create();
        map.AddAsync("affiliations", async ctx =>
        {
            var id = ctx.Parent<Entity>().Id;
            var relations = await StoreLoaders.EntityRelationsAsync(ctx, id).ConfigureAwait(false);
            var targets = relations
                .Where(r => r.SubjectEntityId == id && r.Type is EntityRelationType.MemberOf or EntityRelationType.Leads)
                .Select(r => r.ObjectEntityId)
                .Distinct(StringComparer.Ordinal);
            var entities = await StoreLoaders.EntitiesAsync(ctx, targets).ConfigureAwait(false);
            return entities.OfType<Entity>().ToList();
        });
        return map;
    }
}
