using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Security;

/// <summary>Where a client puts its key: <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>.</summary>
public static class ApiKeyHeaders
{
    public const string ApiKey = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The key the request presents, or null when it presents none.</summary>
    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var value in request.Headers[HeaderNames.Authorization])
        {
            if (value is not null && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var token = value[BearerPrefix.Length..].Trim();
                if (token.Length > 0) return token;
            }
        }
        var header = request.Headers[ApiKey].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
