using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Timeline.Ingestion.Schema;
using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

/// <summary>
/// ajv, the reference JSON Schema implementation, and the C# structural layer must accept and reject
/// exactly the same files: every fixture and both samples.
/// </summary>
public sealed class AjvAgreementTests
{
    [Fact]
    public async Task Ajv_and_the_structural_layer_accept_and_reject_the_same_files()
    {
        var files = FilesToCompare();
        var ajv = await RunAjvAsync(files, TestContext.Current.CancellationToken);

        var disagreements = files
            .Select(file => (File: file, Ajv: ajv[file], CSharp: ArticleFactsValidator.ValidateStructure(File.ReadAllBytes(file))))
            .Where(verdict => verdict.Ajv.Valid != (verdict.CSharp.Count == 0))
            .Select(verdict => $"{Path.GetFileName(verdict.File)}: ajv says {(verdict.Ajv.Valid ? "valid" : "invalid: " + verdict.Ajv.Errors)}, "
                + $"C# says {(verdict.CSharp.Count == 0 ? "valid" : "invalid: " + string.Join("; ", verdict.CSharp))}")
            .ToList();

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.True(files.Count > 60, $"only {files.Count} files were compared");
    }

    [Fact]
    public async Task Semantic_and_size_fixtures_fit_the_schema_and_the_others_do_not()
    {
        var fixtures = FixtureManifest.Current.Fixtures;
        var paths = fixtures.Select(f => Path.Combine(TestPaths.InvalidFixtures, f.File)).ToList();
        var ajv = await RunAjvAsync(paths, TestContext.Current.CancellationToken);

        foreach (var (fixture, path) in fixtures.Zip(paths))
        {
            var schemaValid = fixture.ErrorKind is ValidationErrorKind.Semantics or ValidationErrorKind.Size;
            Assert.True(ajv[path].Valid == schemaValid, $"{fixture.File} ({fixture.Kind}): ajv says {(ajv[path].Valid ? "valid" : "invalid")}");
        }
    }

    [Fact]
    public void The_embedded_schema_is_the_file_ajv_reads()
    {
        Assert.Equal(File.ReadAllBytes(TestPaths.SchemaFile), ArticleFactsSchema.Utf8.ToArray());
    }

    private static List<string> FilesToCompare()
    {
        var samples = Path.Combine(TestPaths.Repository, "src", "Timeline.Ingestion", "Samples");
        return
        [
            .. Directory.GetFiles(TestPaths.ValidFixtures, "*.json"),
            .. Directory.GetFiles(TestPaths.InvalidFixtures, "*.json").Where(path => Path.GetFileName(path) != "expected.json"),
            .. Directory.GetFiles(samples, "*.json"),
        ];
    }

    private static async Task<Dictionary<string, AjvVerdict>> RunAjvAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
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

    private sealed record AjvVerdict(bool Valid, string Errors);

    private sealed record AjvLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("file")] string File,
        [property: System.Text.Json.Serialization.JsonPropertyName("valid")] bool Valid,
        [property: System.Text.Json.Serialization.JsonPropertyName("errors")] IReadOnlyList<AjvError> Errors);

    private sealed record AjvError(
        [property: System.Text.Json.Serialization.JsonPropertyName("pointer")] string Pointer,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message);
}
