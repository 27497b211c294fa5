using Microsoft.AspNetCore.Hosting;

namespace Timeline.Api.Composition;

/// <summary>Where the host listens when nothing says: <c>--urls</c>, ASPNETCORE_URLS, the port settings and Kestrel endpoints all win.</summary>
internal static class DefaultUrls
{
    public const string Default = "http://localhost:5080";

    public static void ApplyWhenUnset(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(Default);
    }
}
