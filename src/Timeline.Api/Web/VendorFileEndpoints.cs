using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Web;

/// <summary>Maps <c>GET</c> and <c>HEAD /_vendor/{**path}</c>: the allow-listed front-end files of <see cref="VendorFiles"/>, cached for a week.</summary>
public static partial class VendorFileEndpoints
{
    /// <summary>
    /// The packages are pinned by package-lock.json, so a file changes only with an upgrade: a week's caching spares
    /// dashboards the download, and the validators (ETag, Last-Modified) make the revalidation after an upgrade cheap.
    /// </summary>
    public const string CacheControl = "public, max-age=604800";

    public static IEndpointConventionBuilder MapTimelineVendorFiles(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VendorFileEndpoints));
        var folder = VendorFiles.Locate(environment.ContentRootPath);
        if (folder is null) LogNotInstalled(logger, environment.ContentRootPath);
        else LogServing(logger, folder);
        var types = new FileExtensionContentTypeProvider();
        return endpoints.MapMethods(VendorFiles.RequestPath + "/{**path}", [HttpMethods.Get, HttpMethods.Head], (string path, HttpContext http) =>
        {
            if (!VendorFiles.Allowed.Contains(path)) return Results.NotFound();
            if (folder is null)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Front-end packages are not installed",
                    detail: "Run 'npm ci' in src/Timeline.Api (the build does it when node_modules is missing), then restart.");
            }

            var file = new FileInfo(Path.Combine(folder, path));
            if (!file.Exists) return Results.NotFound();
            http.Response.Headers.CacheControl = CacheControl;
            var contentType = types.TryGetContentType(file.Name, out var known) ? known + (known.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : "") : "application/octet-stream";
            if (file.Extension == ".js") contentType = "text/javascript; charset=utf-8";
            var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
            return Results.File(file.FullName, contentType, lastModified: file.LastWriteTimeUtc, entityTag: tag);
        }).WithDisplayName("GET " + VendorFiles.RequestPath);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Front-end packages at /_vendor from {Folder}")]
    private static partial void LogServing(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Front-end packages are not installed (looked beside the executable and in {ContentRoot}/node_modules); /_vendor answers 503 and the embedded pages cannot draw")]
    private static partial void LogNotInstalled(ILogger logger, string contentRoot);
}
