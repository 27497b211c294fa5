using System.Net;

namespace Timeline.Neo4j.QueryApi;

/// <summary>What one successful HTTP exchange with the Query API produced.</summary>
internal sealed record Neo4jExchange(ResponseBody Body, HttpStatusCode StatusCode, string? ClusterAffinity);
