namespace Timeline.Neo4j.QueryApi;

internal static class MediaTypes
{
    /// <summary>
    /// Typed JSON, unversioned: 5.26 refuses the .v1.1 and .v1.2 suffixes with 406, and every later
    /// server still accepts the bare name.
    /// </summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";
}
