using Microsoft.Net.Http.Headers;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>Whether a POST body's Content-Type is one the endpoint reads: <c>application/json</c>, in UTF-8 if a charset is named.</summary>
internal static class RequestContentType
{
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        if (contentType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || contentType.Equals(MediaTypes.JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // JSON text is UTF-8 (RFC 8259); a body announced in another charset cannot be read as such.
        var charset = parsed.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
