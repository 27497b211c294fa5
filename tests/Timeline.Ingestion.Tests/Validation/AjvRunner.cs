using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

/// <summary>Runs ajv-check.mjs over files and returns ajv's verdict per file; skips the test when node or ajv is absent.</summary>
internal static class AjvRunner
{
    public static async Task<Dictionary<string, AjvVerdict>> RunAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(TestPaths.TestProject, "node_modules", "ajv")))
        {
            Assert.Skip($"ajv is not installed: run `npm ci` in {TestPaths.TestProject} to compare with the reference validator.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = TestPaths.TestProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("ajv-check.mjs");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            Assert.Skip($"node is not on the PATH ({exception.Message}); install Node.js and run `npm ci` in {TestPaths.TestProject}.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            Assert.True(process.ExitCode == 0, $"ajv-check.mjs exited {process.ExitCode}: {await errors}");
            return (await output)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonSerializer.Deserialize<AjvLine>(line)!)
                .ToDictionary(line => line.File, line => new AjvVerdict(line.Valid, string.Join("; ", line.Errors.Select(e => $"{e.Pointer} {e.Message}"))));
        }
    }

    private sealed record AjvLine(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("valid")] bool Valid,
        [property: JsonPropertyName("errors")] IReadOnlyList<AjvError> Errors);

    private sealed record AjvError(
        [property: JsonPropertyName("pointer")] string Pointer,
        [property: JsonPropertyName("message")] string Message);
}

/// <summary>ajv's verdict on one file: valid or not, and its errors in one line.</summary>
internal sealed record AjvVerdict(bool Valid, string Errors);
