using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>Maps a GraphQL-over-HTTP endpoint with endpoint routing.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves <paramref name="schema"/> at <paramref name="pattern"/> through a new executor (options in <see cref="GraphQLHttpOptions.Executor"/>).</summary>
    /// <returns>The endpoint's builder, e.g. for <c>RequireCors</c> or <c>RequireAuthorization</c>.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Schema schema, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var options = Configure(configure);
        return Map(endpoints, pattern, new GraphQLExecutor(schema, options.Executor), options);
    }

    /// <summary>Serves <paramref name="executor"/> at <paramref name="pattern"/>.</summary>
    /// <returns>The endpoint's builder, e.g. for <c>RequireCors</c> or <c>RequireAuthorization</c>.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return Map(endpoints, pattern, executor, Configure(configure));
    }

    private static GraphQLHttpOptions Configure(Action<GraphQLHttpOptions>? configure)
    {
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        if (options.MaxRequestBodySize <= 0)
        {
            throw new ArgumentException($"GraphQLHttpOptions.MaxRequestBodySize must be positive, not {options.MaxRequestBodySize}.", nameof(configure));
        }

        return options;
    }

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var services = endpoints.ServiceProvider;
        var loggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        EndpointCors? cors = null;
        if (options.Cors is { } policy)
        {
            var corsService = services.GetService<ICorsService>() ?? new CorsService(Options.Create(new CorsOptions()), loggerFactory);
            cors = new EndpointCors(policy, corsService);
        }

        var endpoint = new GraphQLHttpEndpoint(executor, options, cors, loggerFactory.CreateLogger<GraphQLHttpEndpoint>());
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
