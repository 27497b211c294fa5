namespace Timeline.Neo4j.QueryApi;

/// <summary>A response did not have the Query API's shape; the message names where (a JSON path) and why.</summary>
public sealed class Neo4jProtocolException : Exception
{
    public Neo4jProtocolException(string location, string reason, Exception? innerException = null)
        : base($"Unexpected Neo4j response at {location}: {reason}", innerException)
    {
        Location = location;
    }

    public string Location { get; }
}
