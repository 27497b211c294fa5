using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Fields of <c>Claim</c>. Its runtime value is a <see cref="Claim"/> (whose article loads in a batch) or an
/// <see cref="EventSource"/> (an event's report, which comes with its article already read).
/// </summary>
internal static class ClaimResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("article", ctx => ctx.Parent switch
        {
            EventSource source => Task.FromResult<Article?>(source.Article),
            Claim claim => StoreLoaders.ArticleAsync(ctx, claim.ArticleId),
            var other => throw Unexpected(ctx, other),
        });
        map.Add("quote", ctx => ctx.Parent switch
        {
            EventSource source => source.Claim.Quote,
            Claim claim => claim.Quote,
            var other => throw Unexpected(ctx, other),
        });
        return map;
    }

    private static InvalidOperationException Unexpected(IResolveFieldContext context, object? value) =>
        new($"Claim.{context.FieldDefinition.Name}: a claim was expected, not {value?.GetType().Name ?? "null"}.");
}
