using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Fields of the connection types (runtime value: the store's <see cref="Page{T}"/>): edges, cursors and page info
/// are its own properties; these add <c>nodes</c> and a <c>totalCount</c> that is there whenever it was selected.
/// </summary>
internal static class ConnectionResolvers
{
    public static ResolverMap Create<T>()
    {
        var map = new ResolverMap();
        map.Add("nodes", ctx => ctx.Parent<Page<T>>().Edges.Select(e => e.Node).ToList());
        map.Add("totalCount", ctx => ctx.Parent<Page<T>>().TotalCount ?? throw Uncounted(ctx));
        return map;
    }

    public static ResolverMap ForEvents() => Create<Event>();

    public static ResolverMap ForEntities() => Create<Entity>();

    public static ResolverMap ForArticles() => Create<Article>();

    private static GraphQLFieldException Uncounted(IResolveFieldContext context) =>
        new($"{context.ParentType.Name}.totalCount was not counted for this page; select it in the same request as the page.");
}
