using Microsoft.Extensions.Diagnostics.HealthChecks;
using Timeline.Domain.Ports;

namespace Timeline.Api.Health;

/// <summary>Ready when the store answers and has every migration of this build applied.</summary>
internal sealed class StoreReadinessCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        SchemaStatus status;
        try
        {
            status = await store.GetSchemaStatusAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store is not reachable: {error.Message}", error);
        }
        var data = new Dictionary<string, object> { ["appliedVersion"] = status.AppliedVersion, ["latestVersion"] = status.LatestVersion };
        return status.IsCurrent
            ? HealthCheckResult.Healthy($"The store is at schema version {status.AppliedVersion}.", data)
            : HealthCheckResult.Unhealthy(
                $"The store is at schema version {status.AppliedVersion}; this build needs {status.LatestVersion} (migrations pending).",
                data: data);
    }
}
