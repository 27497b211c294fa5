namespace Timeline.Api.Security;

/// <summary>Provisions the keys when the host starts, so the key file exists and its place is logged before the first request.</summary>
internal sealed class ApiKeyStartupService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ApiKeySet>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
