using Microsoft.AspNetCore.Cors.Infrastructure;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>How a GraphQL endpoint mapped with <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, GraphQLExecutor, Action{GraphQLHttpOptions}?)"/> answers HTTP.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Whether GET requests may run queries (never mutations: those are answered 405). True by default.</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Whether <c>GET ?sdl</c> answers with the schema printed as SDL. True by default.</summary>
    public bool ExposeSdl { get; set; } = true;

    /// <summary>The largest request body read, in bytes; a larger one is answered 413. 1 MiB by default.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// A CORS policy the endpoint applies itself (preflights answered 204 with the policy's headers), so that no CORS
    /// middleware is needed. Leave it null to use ASP.NET Core's own: <c>app.UseCors()</c> and
    /// <c>app.MapGraphQL(...).RequireCors("policy")</c>.
    /// </summary>
    public CorsPolicy? Cors { get; set; }

    /// <summary>
    /// Called for every well-formed request before it runs: authorize it (<see cref="GraphQLHttpRequestContext.Reject"/>),
    /// change it (<see cref="GraphQLHttpRequestContext.Request"/>), or enrich the HTTP context (user, API key in
    /// <c>HttpContext.Items</c>) that resolvers read through <see cref="ResolveFieldContextHttpExtensions.GetHttpContext"/>.
    /// </summary>
    public Func<GraphQLHttpRequestContext, ValueTask>? OnRequest { get; set; }

    /// <summary>The executor's options when the endpoint is mapped with a schema rather than an executor.</summary>
    public GraphQLExecutorOptions? Executor { get; set; }
}
