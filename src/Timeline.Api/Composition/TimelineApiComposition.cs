using Microsoft.Extensions.Options;
using Timeline.Api.BananaCakePop;
using Timeline.Api.Configuration;
using Timeline.Api.Embed;
using Timeline.Api.Embedding;
using Timeline.Api.Feeds;
using Timeline.Api.Explorer;
using Timeline.Api.Health;
using Timeline.Api.Ingest;
using Timeline.Api.Schema;
using Timeline.Api.Security;
using Timeline.Api.Web;
using Timeline.Hosting;
using Timeline.Worker;

namespace Timeline.Api.Composition;

/// <summary>
/// The whole service in one process: the store and its start-up, the inbox worker (samples on first start),
/// API keys, health checks, <c>POST /ingest</c>, and GraphQL with Banana Cake Pop at <c>/graphql</c>.
/// </summary>
public static class TimelineApiComposition
{
    public const string GraphQLPath = "/graphql";

    public static WebApplicationBuilder AddTimelineApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddAppSettingsBesideExecutable();
        DefaultUrls.ApplyWhenUnset(builder);

        var services = builder.Services;
        services.AddTimeline(builder.Configuration);
        services.AddTimelineWorker();
        services.AddTimelineApiOptions(builder.Configuration);
        services.AddTimelineApiKeys();
        services.AddTimelineHealthChecks();
        services.AddTimelineCors();
        services.AddTimelineGraphQL();
        services.AddTimelineEmbedding(builder.Configuration);
        services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UseTimelineApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseBananaCakePop(GraphQLPath, app.Environment);
        app.UseCors();
        app.MapTimelineHealthChecks();
        app.MapIngest();
        app.MapTimelineVendorFiles();
        app.MapTimelineEmbed();
        app.MapTimelineFeeds();
        app.MapTimelineExplorer();
        // ingestArticle carries a whole document in its variables: a body may be as large as a document plus the operation.
        var maxDocumentBytes = app.Services.GetRequiredService<IOptions<TimelineOptions>>().Value.Ingestion.MaxDocumentBytes;
        app.MapTimelineGraphQL(GraphQLPath, options => options.MaxRequestBodySize = Math.Max(options.MaxRequestBodySize, maxDocumentBytes + 64L * 1024))
            .RequireCors(CorsServiceCollectionExtensions.GraphQLPolicy);
        return app;
    }
}
