namespace Timeline.GraphQL.ConformanceHost;

/// <summary>Where the conformance fixture lives: <c>--schema PATH</c>, else <c>../shared/graphql-conformance/</c> beside the repository root.</summary>
internal static class FixturePaths
{
    public static string FindSchema(string[] args)
    {
        var given = Option(args, "--schema");
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException($"--schema names a file that does not exist: {given}", given);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                {
                    var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "graphql-conformance", "schema.graphql"));
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        throw new FileNotFoundException("The conformance schema was not found: pass --schema PATH, or run from inside the repository with ../shared/graphql-conformance/ beside its root.");
    }

    /// <summary>The value after <paramref name="name"/>, or null when the option is absent.</summary>
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return null;
        }

        return at + 1 < args.Length ? args[at + 1] : throw new ArgumentException($"{name} needs a value.");
    }
}
