using Timeline.Api.BananaCakePop;
using Timeline.Api.Configuration;
using Timeline.Api.Health;
using Timeline.Api.Ingest;
using Timeline.Api.Security;
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
        return app;
    }
}
