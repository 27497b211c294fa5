namespace Timeline.Storage.Neo4j;

/// <summary>
/// The Neo4j store could not do what was asked: the server is unreachable, refused the credentials, or
/// failed a statement. The message names the server, the database and the statement file; the inner
/// exception is the client's own.
/// </summary>
public sealed class Neo4jStoreException : Exception
{
    public Neo4jStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
