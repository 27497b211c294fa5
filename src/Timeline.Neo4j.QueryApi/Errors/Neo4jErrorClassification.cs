namespace Timeline.Neo4j.QueryApi;

/// <summary>The second segment of a Neo4j status code: Neo.{Classification}.{Category}.{Title}.</summary>
public enum Neo4jErrorClassification
{
    Unknown,

    /// <summary>The request was wrong; sending it again unchanged fails again.</summary>
    Client,

    /// <summary>A passing condition (deadlock, leader switch, unavailable database); a retry may succeed.</summary>
    Transient,

    /// <summary>The server failed; not the client's fault, and not worth retrying blindly.</summary>
    Database,
}
