using System.Diagnostics;

namespace Timeline.Storage.Contract.Tests;

/// <summary>Runs the docker command line and reports what it printed, or why it could not run.</summary>
internal static class DockerCommand
{
    public static async Task<(bool Ok, string Output)> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("docker did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, "the docker command is not installed (" + e.Message + ")");
        }
        using (process)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(timer.Token);
            var error = process.StandardError.ReadToEndAsync(timer.Token);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return (false, $"docker {arguments[0]} did not answer within {timeout.TotalSeconds:0} s");
            }
            var text = (await output).Trim();
            var problem = (await error).Trim();
            return process.ExitCode == 0 ? (true, text) : (false, FirstLine(problem.Length > 0 ? problem : text));
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
        return line.Length > 300 ? line[..300] : line;
    }
}
