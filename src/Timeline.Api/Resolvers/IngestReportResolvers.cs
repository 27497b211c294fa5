using Timeline.Domain.Model;
using Timeline.GraphQL.Types;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>IngestReport</c> (runtime value: the pipeline's <see cref="IngestReport"/>): counts of entity mentions and event reports together.</summary>
internal static class IngestReportResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("article", ctx => ctx.Parent<IngestReport>() is { Status: not IngestReportStatus.Rejected, ArticleId: { } id }
            ? StoreLoaders.ArticleAsync(ctx, id)
            : Task.FromResult<Article?>(null));
        map.Add("created", ctx => ctx.Parent<IngestReport>().Entities.Created + ctx.Parent<IngestReport>().Events.Created);
        map.Add("merged", ctx => ctx.Parent<IngestReport>().Entities.Merged + ctx.Parent<IngestReport>().Events.Merged);
        map.Add("unchanged", ctx => ctx.Parent<IngestReport>().Entities.Unchanged + ctx.Parent<IngestReport>().Events.Unchanged);
        return map;
    }
}
