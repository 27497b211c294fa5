using Microsoft.Extensions.Hosting;

namespace Timeline.Hosting;

/// <summary>Runs <see cref="TimelineInitializer"/> when the host starts, so a bad store or folder stops start-up.</summary>
internal sealed class TimelineStartupService(TimelineInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
