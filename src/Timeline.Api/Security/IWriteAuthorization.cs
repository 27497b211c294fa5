namespace Timeline.Api.Security;

/// <summary>
/// Whether the current request may change the graph (ingest, retract, merge). Registered per request
/// (scoped): resolvers of write fields ask it and answer UNAUTHENTICATED when it says no.
/// </summary>
public interface IWriteAuthorization
{
    /// <summary>True when the request carries a valid API key.</summary>
    bool CanWrite { get; }
}
