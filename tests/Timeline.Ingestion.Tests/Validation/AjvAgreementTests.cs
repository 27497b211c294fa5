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
        var ajv = await AjvRunner.RunAsync(files, TestContext.Current.CancellationToken);

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
        var ajv = await AjvRunner.RunAsync(paths, TestContext.Current.CancellationToken);

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
}
