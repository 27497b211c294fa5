using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>What a resolver reads of the HTTP request it runs for.</summary>
public static class ResolveFieldContextHttpExtensions
{
    /// <summary>The HTTP context of the request, or null when the request did not come over a mapped GraphQL endpoint.</summary>
    public static HttpContext? GetHttpContext(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services switch
        {
            HttpRequestServices http => http.HttpContext,
            { } services => services.GetService(typeof(HttpContext)) as HttpContext,
            null => null,
        };
    }

    /// <summary>The request's user (as authentication or <see cref="GraphQLHttpOptions.OnRequest"/> set it), or null outside HTTP.</summary>
    public static ClaimsPrincipal? GetUser(this IResolveFieldContext context) => context.GetHttpContext()?.User;
}
