using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Timeline.Api.Security;

/// <summary>Registers the API keys and the per-request <see cref="IWriteAuthorization"/>.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddTimelineApiKeys(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ApiKeyProvisioner>();
        services.TryAddSingleton(sp => sp.GetRequiredService<ApiKeyProvisioner>().Provision());
        services.TryAddScoped<IWriteAuthorization, RequestWriteAuthorization>();
        services.AddHostedService<ApiKeyStartupService>();
        return services;
    }
}
