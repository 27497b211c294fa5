using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Web;

/// <summary>
/// The host's own pages, scripts and styles, compiled into the assembly as embedded resources (see the
/// EmbeddedResource items of Timeline.Api.csproj), so <c>dotnet run</c> and a published folder serve the same
/// bytes without copying anything. Each is answered with an ETag and <c>no-cache</c>: a new release is seen at once,
/// an unchanged file costs a 304.
/// </summary>
public static class EmbeddedAssets
{
    private static readonly ConcurrentDictionary<string, Asset> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Maps <c>GET <paramref name="pattern"/></c> to the embedded resource <paramref name="logicalName"/>. A missing
    /// resource fails here, at start-up, naming it, rather than on the first request.
    /// </summary>
    public static RouteHandlerBuilder MapEmbeddedAsset(this IEndpointRouteBuilder endpoints, string pattern, string logicalName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var asset = Load(logicalName, contentType);
        return endpoints.MapGet(pattern, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: asset.ETag);
        }).WithDisplayName("GET " + pattern);
    }

    /// <summary>The resource's bytes, read once.</summary>
    public static ReadOnlyMemory<byte> Read(string logicalName) => Load(logicalName, "application/octet-stream").Content;

    private static Asset Load(string logicalName, string contentType) => Cache.GetOrAdd(logicalName, name =>
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{name}' is not in {assembly.GetName().Name}; it has: {string.Join(", ", assembly.GetManifestResourceNames())}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"");
        return new Asset(content, contentType, tag);
    });

    private sealed record Asset(byte[] Content, string ContentType, EntityTagHeaderValue ETag);
}
