using System.Net;
using System.Net.Http;
using Timeline.Neo4j.QueryApi;

namespace Timeline.Hosting;

/// <summary>
/// Turns a store's failure to start into a message an operator can act on: which server, and whether it
/// could not be reached or refused the credentials, with the settings to check. Other failures pass through.
/// </summary>
public static class StoreStartupError
{
    /// <summary>The clearer exception for <paramref name="error"/>, or null when there is nothing to add.</summary>
    public static InvalidOperationException? Describe(TimelineOptions options, Exception error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        if (!string.Equals(options.Store, StoreKinds.Neo4j, StringComparison.OrdinalIgnoreCase)) return null;
        var uri = options.Neo4j.Uri;
        foreach (var inner in Chain(error))
        {
            switch (inner)
            {
                case Neo4jAuthenticationException auth when auth.StatusCode == HttpStatusCode.Unauthorized:
                    return new InvalidOperationException(
                        $"Neo4j at {uri} rejected the credentials of user '{options.Neo4j.User}' (HTTP 401 Unauthorized). " +
                        "Check Timeline:Neo4j:User and Timeline:Neo4j:Password (NEO4J_AUTH on the server).", error);
                case Neo4jAuthenticationException denied:
                    return new InvalidOperationException(
                        $"Neo4j at {uri} denied user '{options.Neo4j.User}' (HTTP {(int)denied.StatusCode}): {denied.ServerMessage}", error);
                case Neo4jUnavailableException or HttpRequestException:
                    return new InvalidOperationException(
                        $"Neo4j at {uri} is unreachable: {inner.Message} Check that Neo4j is running and that Timeline:Neo4j:Uri is the HTTP address of its Query API (port 7474 by default).", error);
            }
        }
        return null;
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException) yield return e;
    }
}
