using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Explorer;

/// <summary>
/// One of the explorer's own files, encoded once. Answered with an ETag and <c>no-cache</c>, as the embedded
/// timeline's assets are: a new release is seen at once, an unchanged file costs a 304.
/// </summary>
internal sealed class ExplorerAsset
{
    private ExplorerAsset(byte[] content, string contentType)
    {
        Content = content;
        ContentType = contentType;
        ETag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"");
    }

    public byte[] Content { get; }

    public string ContentType { get; }

    public EntityTagHeaderValue ETag { get; }

    public static ExplorerAsset FromText(string text, string contentType) => new(Encoding.UTF8.GetBytes(text), contentType);

    public IResult Serve(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(Content, ContentType, entityTag: ETag);
    }
}
