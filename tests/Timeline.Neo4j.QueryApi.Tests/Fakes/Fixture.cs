using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests.Fakes;

/// <summary>
/// Recorded response bodies under Fixtures/. Each file opens with // lines naming its source page; they are
/// stripped here so the body served is plain JSON.
/// </summary>
public static class Fixture
{
    public static string Read(string name)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var lines = File.ReadAllLines(path).SkipWhile(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }
}
