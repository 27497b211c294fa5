using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Hosting;

namespace Timeline.Worker;

/// <summary>
/// Watches the inbox and ingests its <c>*.json</c> documents one at a time, in name order.
/// File-system notifications wake it early; a periodic scan finds what notifications missed.
/// </summary>
public sealed partial class InboxWorker(
    TimelineInitializer initializer,
    SampleLoader samples,
    InboxProcessor processor,
    InboxPaths paths,
    IOptions<TimelineOptions> options,
    TimeProvider timeProvider,
    ILogger<InboxWorker> logger) : BackgroundService
{
    /// <summary>After this many failures of the store on one file (not refusals), the file goes to failed/ so it stops blocking.</summary>
    public const int MaxAttempts = 5;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await initializer.InitializeAsync(stoppingToken);
        await samples.LoadIfFirstStartAsync(stoppingToken);

        var pollInterval = options.Value.Ingestion.PollInterval;
        // Long enough to see a copy in progress grow, short enough not to delay a finished file noticeably.
        var settleTime = TimeSpan.FromMilliseconds(Math.Min(pollInterval.TotalMilliseconds, 500));
        var scanner = new InboxScanner(paths.Inbox, settleTime, timeProvider);
        using var watcher = StartWatcher();
        LogWatching(logger, paths.Inbox, pollInterval);

        while (!stoppingToken.IsCancellationRequested)
        {
            InboxScanner.Scan scan;
            try
            {
                paths.EnsureExist();
                scan = scanner.Next();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A folder unreadable for a moment (a remount, a permission being fixed) must not end the worker.
                LogScanFailed(logger, error, paths.Inbox);
                await WaitAsync(pollInterval, stoppingToken);
                continue;
            }
            foreach (var file in scan.Ready)
            {
                stoppingToken.ThrowIfCancellationRequested();
                await ProcessOneAsync(file, stoppingToken);
                scanner.Forget(file);
            }
            if (scan.Ready.Count > 0) continue;
            await WaitAsync(scan.Settling > 0 ? settleTime : pollInterval, stoppingToken);
        }
    }

    private async Task ProcessOneAsync(string file, CancellationToken stoppingToken)
    {
        try
        {
            await processor.ProcessAsync(file, stoppingToken);
            _failures.Remove(file);
        }
        catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            var attempts = _failures.GetValueOrDefault(file) + 1;
            _failures[file] = attempts;
            LogFailed(logger, error, Path.GetFileName(file), attempts, MaxAttempts);
            if (attempts < MaxAttempts) return;
            _failures.Remove(file);
            await GiveUpAsync(file, error);
        }
    }

    private async Task GiveUpAsync(string file, Exception error)
    {
        try
        {
            await processor.GiveUpAsync(file, $"ingestion failed {MaxAttempts} times without a verdict on the document; last error: {error.Message}");
        }
        catch (IOException moveError)
        {
            LogGiveUpFailed(logger, moveError, Path.GetFileName(file));
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(delay);
        try
        {
            await _wake.Reader.WaitToReadAsync(timeout.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed without a notification: scan anyway.
        }
    }

    private FileSystemWatcher? StartWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(paths.Inbox, "*.json")
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Error += (_, e) =>
            {
                LogWatcherError(logger, e.GetException());
                _wake.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception error) when (error is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Out of inotify instances, for one: the periodic scan still finds every file.
            LogWatcherUnavailable(logger, error, paths.Inbox);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Inbox} (scanning every {PollInterval} as well)")]
    private static partial void LogWatching(ILogger logger, string inbox, TimeSpan pollInterval);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not scan {Inbox}; trying again at the next poll")]
    private static partial void LogScanFailed(ILogger logger, Exception error, string inbox);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Document}: ingestion failed (attempt {Attempt} of {MaxAttempts}); the file stays in the inbox")]
    private static partial void LogFailed(ILogger logger, Exception error, string document, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Document}: could not be moved to failed/ after repeated failures")]
    private static partial void LogGiveUpFailed(ILogger logger, Exception error, string document);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File-system notifications lost; the next scan will find what they missed")]
    private static partial void LogWatcherError(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No file-system notifications for {Inbox}; relying on the periodic scan")]
    private static partial void LogWatcherUnavailable(ILogger logger, Exception error, string inbox);
}
