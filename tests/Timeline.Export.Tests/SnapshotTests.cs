using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Timeline.Export.Tests;

/// <summary>
/// The sample graph's exports, pinned byte for byte. A change to the samples, to derivation or to the file
/// formats shows here first; when it is meant, rewrite the snapshots deliberately with
/// <c>TIMELINE_UPDATE_SNAPSHOTS=1 dotnet test tests/Timeline.Export.Tests</c> and review the diff before committing.
/// </summary>
public sealed class SnapshotTests
{
    private const string UpdateVariable = "TIMELINE_UPDATE_SNAPSHOTS";

    [Theory]
    [InlineData(ExportFormats.Json, "sample-graph.json")]
    [InlineData(ExportFormats.Cypher, "sample-graph.cypher")]
    public async Task The_sample_graph_exports_as_its_snapshot(string format, string snapshot)
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var store = await stores.SamplesAsync(ct);

        var actual = await ExportStores.ExportAsync(store, format, ct);

        var path = Path.Combine(SourceFolder(), "Snapshots", snapshot);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllBytesAsync(path, actual, ct);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot at {path}. Create it with {UpdateVariable}=1 dotnet test tests/Timeline.Export.Tests.");
        var expected = await File.ReadAllBytesAsync(path, ct);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        var (line, want, got) = FirstDifference(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Fail(
            $"The {format} export of the sample graph differs from Snapshots/{snapshot} at line {line}:\n" +
            $"  snapshot: {want}\n  export:   {got}\n" +
            $"If the change is intended, rewrite the snapshots with {UpdateVariable}=1 dotnet test tests/Timeline.Export.Tests and review the diff.");
    }

    private static (int Line, string Expected, string Actual) FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end of file)";
            var y = i < b.Length ? b[i] : "(end of file)";
            if (x != y) return (i + 1, x, y);
        }
        return (0, "", "");
    }

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
