using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;

namespace Timeline.Hosting;

/// <summary>
/// Prepares the data directory, the inbox folders and the store's schema, once per process
/// however many services ask for it (the start-up service, the worker, a command).
/// </summary>
public sealed partial class TimelineInitializer(
    IOptions<TimelineOptions> options,
    IGraphStore store,
    ILogger<TimelineInitializer> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _done)) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_done) return;
            var settings = options.Value;
            var dataDirectory = Path.GetFullPath(settings.DataDirectory);
            Directory.CreateDirectory(dataDirectory);
            InboxPaths.From(settings).EnsureExist();
            SchemaStatus status;
            try
            {
                await store.MigrateAsync(cancellationToken);
                status = await store.GetSchemaStatusAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException && StoreStartupError.Describe(settings, error) is { } clear)
            {
                throw clear;
            }
            LogReady(logger, settings.Store, dataDirectory, status.AppliedVersion);
            Volatile.Write(ref _done, true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {Store} ready in {DataDirectory} at schema version {SchemaVersion}")]
    private static partial void LogReady(ILogger logger, string store, string dataDirectory, int schemaVersion);
}
