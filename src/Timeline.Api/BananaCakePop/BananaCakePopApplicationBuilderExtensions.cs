using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Timeline.Api.BananaCakePop;

/// <summary>Adds the Banana Cake Pop IDE in front of a GraphQL endpoint.</summary>
public static partial class BananaCakePopApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the IDE at <paramref name="path"/> (the GraphQL endpoint's own path) from the npm package's files:
    /// the page for browsers, its configuration and its static assets. Call before the endpoints run.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, PathString path, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(environment);
        var folder = BananaCakePopFiles.Locate(environment.ContentRootPath);
        var loggers = app.ApplicationServices.GetRequiredService<ILoggerFactory>();
        var logger = loggers.CreateLogger(typeof(BananaCakePopApplicationBuilderExtensions));
        var configuration = BananaCakePopConfiguration.For(path.Value!);
        if (folder is null)
        {
            LogNotInstalled(logger, environment.ContentRootPath, BananaCakePopFiles.PackageFolder);
            app.Use(next => new BananaCakePopMiddleware(next, path, null, configuration, loggers.CreateLogger<BananaCakePopMiddleware>()).InvokeAsync);
            return app;
        }

        LogServing(logger, path.Value!, folder);
        var files = new PhysicalFileProvider(folder);
        app.Use(next => new BananaCakePopMiddleware(next, path, files, configuration, loggers.CreateLogger<BananaCakePopMiddleware>()).InvokeAsync);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = path,
            FileProvider = files,
            ContentTypeProvider = types,
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Banana Cake Pop at {Path}/ from {Folder}")]
    private static partial void LogServing(ILogger logger, string path, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Banana Cake Pop is not installed (looked beside the executable and in {ContentRoot}/{PackageFolder}); browsers get a 503 at the GraphQL path")]
    private static partial void LogNotInstalled(ILogger logger, string contentRoot, string packageFolder);
}
