namespace Timeline.Api.Security;

/// <summary>The current HTTP request's right to write, decided once per request from the key it presents.</summary>
internal sealed class RequestWriteAuthorization(IHttpContextAccessor accessor, ApiKeySet keys) : IWriteAuthorization
{
    private bool? _canWrite;

    public bool CanWrite => _canWrite ??= accessor.HttpContext is { } http && keys.Accepts(ApiKeyHeaders.Read(http.Request));
}
