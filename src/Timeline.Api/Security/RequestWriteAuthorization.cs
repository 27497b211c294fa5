namespace Timeline.Api.Security;

/// <summary>The current HTTP request's right to write, decided once per request from the key it presents.</summary>
internal sealed class RequestWriteAuthorization(IHttpContextAccessor accessor, ApiKeySet keys) : IWriteAuthorization
{
    private const int ActorKeyPrefixLength = 4;

    private bool? _canWrite;

    public bool CanWrite => _canWrite ??= Presented() is { } key && keys.Accepts(key);

    public string? Actor => CanWrite && Presented() is { } key ? "api-key:" + key[..Math.Min(ActorKeyPrefixLength, key.Length)] : null;

    private string? Presented() => accessor.HttpContext is { } http ? ApiKeyHeaders.Read(http.Request) : null;
}
