using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.BananaCakePop;

/// <summary>
/// Serves the IDE at the GraphQL path as HotChocolate does: a browser's GET (Accept: text/html) of <c>/graphql</c>
/// is redirected to <c>/graphql/</c> so the page's relative asset links resolve, which answers <c>index.html</c>;
/// <c>/graphql/bcp-config.json</c> tells the IDE where the endpoint is. Every other request goes on to the
/// GraphQL endpoint or to the static files of the package.
/// </summary>
internal sealed partial class BananaCakePopMiddleware(
    RequestDelegate next,
    PathString path,
    IFileProvider? files,
    BananaCakePopConfiguration configuration,
    ILogger logger)
{
    private const string ConfigFile = "/bcp-config.json";
    private readonly byte[] _configJson = JsonSerializer.SerializeToUtf8Bytes(configuration, JsonSerializerOptions.Web);

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(path, out var rest))
        {
            return next(http);
        }

        if (rest == ConfigFile) return WriteConfigAsync(http);
        if ((rest.HasValue && rest.Value != "/") || !AcceptsHtml(request)) return next(http);

        if (files is null)
        {
            LogMissing(logger);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            return http.Response.WriteAsync(
                "The Banana Cake Pop IDE is not installed: run 'npm ci' in src/Timeline.Api (the build does it when node_modules is missing), then restart.\n",
                http.RequestAborted);
        }

        if (!rest.HasValue)
        {
            http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            http.Response.Headers.Location = request.PathBase + request.Path + "/" + request.QueryString;
            return Task.CompletedTask;
        }

        var index = files.GetFileInfo(BananaCakePopFiles.IndexFile);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentLength = index.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : http.Response.SendFileAsync(index, http.RequestAborted);
    }

    private Task WriteConfigAsync(HttpContext http)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentLength = _configJson.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.Body.WriteAsync(_configJson, http.RequestAborted).AsTask();
    }

    private static bool AcceptsHtml(HttpRequest request)
    {
        foreach (var value in request.Headers[HeaderNames.Accept])
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A browser asked for the IDE, but the npm package @chillicream/bananacakepop-graphql-ide is not installed")]
    private static partial void LogMissing(ILogger logger);
}
