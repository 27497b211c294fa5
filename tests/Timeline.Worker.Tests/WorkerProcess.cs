using System.Collections.Concurrent;
using System.Diagnostics;

namespace Timeline.Worker.Tests;

/// <summary>The real worker, <c>dotnet Timeline.Worker.dll</c>, on a data directory of the test's choosing.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>What the worker wrote to standard output and error, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    public static WorkerProcess Start(string dataDirectory, TimeSpan pollInterval, bool loadSamples = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(BuiltExecutable.Find("Timeline.Worker", "Timeline.Worker"));
        start.Environment["Timeline__DataDirectory"] = dataDirectory;
        start.Environment["Timeline__Ingestion__PollInterval"] = pollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Timeline__Ingestion__LoadSamplesOnFirstStart"] = loadSamples ? "true" : "false";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) worker._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) worker._output.Enqueue(e.Data); };
        if (!process.Start()) throw new InvalidOperationException("The worker process did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Asks the worker to stop as a service manager would (SIGTERM), and waits up to <paramref name="timeout"/> for it to exit.</summary>
    public async Task<int> StopAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync(cancellationToken);
        }
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        await _process.WaitForExitAsync(bounded.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the worker and its children at once, as a power cut or OOM killer would.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }
}
