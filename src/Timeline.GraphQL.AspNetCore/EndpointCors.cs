using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Timeline.GraphQL.AspNetCore;

/// <summary><see cref="GraphQLHttpOptions.Cors"/> applied by the endpoint itself through ASP.NET Core's <see cref="ICorsService"/>.</summary>
internal sealed class EndpointCors(CorsPolicy policy, ICorsService service)
{
    /// <summary>Adds the policy's headers to a cross-origin request; true when the request was a preflight, now answered.</summary>
    public bool Apply(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey(HeaderNames.Origin))
        {
            return false;
        }

        var result = service.EvaluatePolicy(context, policy);
        service.ApplyResult(result, context.Response);
        if (!result.IsPreflightRequest)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return true;
    }
}
