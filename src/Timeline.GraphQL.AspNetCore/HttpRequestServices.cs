using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>
/// The request's services as resolvers see them: everything <see cref="HttpContext.RequestServices"/> has, plus the
/// <see cref="HttpContext"/> itself, so that a resolver can read the user or what <see cref="GraphQLHttpOptions.OnRequest"/> set.
/// </summary>
internal sealed class HttpRequestServices(HttpContext httpContext) : IServiceProvider, ISupportRequiredService, IKeyedServiceProvider
{
    public HttpContext HttpContext { get; } = httpContext;

    public object? GetService(Type serviceType) =>
        serviceType == typeof(HttpContext) ? HttpContext : HttpContext.RequestServices.GetService(serviceType);

    public object GetRequiredService(Type serviceType) =>
        serviceType == typeof(HttpContext) ? HttpContext : HttpContext.RequestServices.GetRequiredService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) => Keyed().GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => Keyed().GetRequiredKeyedService(serviceType, serviceKey);

    private IKeyedServiceProvider Keyed() => HttpContext.RequestServices as IKeyedServiceProvider
        ?? throw new InvalidOperationException("The request's service provider does not support keyed services.");
}
