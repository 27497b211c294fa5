namespace Timeline.Ingestion.Tests.Validation;

/// <summary>Where the repository, this test project's sources and the shared folder are, found from the test binary.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string Repository => Root.Value;

    public static string TestProject => Path.Combine(Repository, "tests", "Timeline.Ingestion.Tests");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    public static string InvalidFixtures => Path.Combine(Fixtures, "invalid");

    public static string ValidFixtures => Path.Combine(Fixtures, "valid");

    public static string SchemaFile => Path.Combine(Repository, "src", "Timeline.Ingestion", "Schema", "article-facts.v1.schema.json");

    /// <summary>The shared folder beside the repository, or where TIMELINE_SHARED points (as in CI).</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("TIMELINE_SHARED") is { Length: > 0 } shared ? shared : Path.Combine(Repository, "..", "shared");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}: the tests must run from a build inside the repository.");
    }
}
