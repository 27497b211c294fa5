namespace Timeline.Neo4j.QueryApi;

/// <summary>Routing hint: a cluster sends Read work to readers, and the server refuses writes made in Read mode.</summary>
public enum Neo4jAccessMode
{
    Write,
    Read,
}
