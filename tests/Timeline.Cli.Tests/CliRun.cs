using System.Diagnostics;
using System.Text.RegularExpressions;
using Timeline.Worker.Tests;

namespace Timeline.Cli.Tests;

/// <summary>One run of the real <c>timeline</c> binary: its exit code and what it printed.</summary>
public sealed partial record CliRun(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Runs <c>dotnet timeline.dll</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>.
    /// Variables named <c>Timeline__*</c> in this process are not passed on, so only <paramref name="environment"/> configures it.
    /// </summary>
    public static async Task<CliRun> StartAsync(string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(BuiltExecutable.Find("Timeline.Cli", "timeline"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Timeline__", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("timeline did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"timeline {string.Join(' ', args)} ran longer than {Bound}.");
        }
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>The number in a two-column table row labelled <paramref name="label"/>, such as "rejected".</summary>
    public int Figure(string label)
    {
        var match = Regex.Match(Output, $@"│\s*{Regex.Escape(label)}\s*│\s*(\d+)\s*│");
        return match.Success
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No row '{label}' in the output:\n{Output}\n{Error}");
    }

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
}
