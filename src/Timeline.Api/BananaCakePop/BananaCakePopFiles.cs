namespace Timeline.Api.BananaCakePop;

/// <summary>
/// Where the IDE's files are: copied beside the executable by the build (<c>bananacakepop/</c>), or, when the host
/// runs from another output (tests), in the npm package under the content root. Nothing comes from a CDN.
/// </summary>
public static class BananaCakePopFiles
{
    /// <summary>The folder beside the executable that the build fills from the npm package.</summary>
    public const string OutputFolder = "bananacakepop";

    /// <summary>The npm package's folder, relative to <c>src/Timeline.Api</c>.</summary>
    public const string PackageFolder = "node_modules/@chillicream/bananacakepop-graphql-ide";

    public const string IndexFile = "index.html";

    /// <summary>The first folder holding the IDE's <c>index.html</c>, or null when the package is not installed.</summary>
    public static string? Locate(string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, OutputFolder),
            Path.Combine(contentRoot, PackageFolder),
            Path.Combine(contentRoot, OutputFolder),
        ];
        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, IndexFile)));
    }
}
