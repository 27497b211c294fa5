namespace Timeline.Api.Security;

/// <summary>
/// Whether the current request may change the graph (ingest, retract, merge), and under which name its changes are
/// logged. Registered per request (scoped): resolvers of write fields ask it and answer UNAUTHENTICATED when it says no.
/// </summary>
public interface IWriteAuthorization
{
    /// <summary>True when the request carries a valid API key.</summary>
    bool CanWrite { get; }

    /// <summary>
    /// Who the curation log names for this request's changes: "api-key:" and the first four characters of its key,
    /// enough to tell keys apart without the log ever holding one. Null when the request may not write.
    /// </summary>
    string? Actor { get; }
}
