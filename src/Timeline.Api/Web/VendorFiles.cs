namespace Timeline.Api.Web;

/// <summary>
/// The front-end files the host serves at <c>/_vendor/&lt;package&gt;/&lt;path in the package&gt;</c>: an allow-list, so
/// nothing else of node_modules is reachable. The build copies exactly these beside the executable (<c>vendor/</c>);
/// a host started from another output (tests) reads them from the npm packages under the content root.
/// Nothing comes from a CDN: the pages work on a closed network.
/// </summary>
public static class VendorFiles
{
    /// <summary>The URL prefix of vendor files.</summary>
    public const string RequestPath = "/_vendor";

    /// <summary>The folder beside the executable that the build fills (Timeline.Api.csproj, target CopyVendorFiles).</summary>
    public const string OutputFolder = "vendor";

    /// <summary>Where npm installs the packages, relative to <c>src/Timeline.Api</c>.</summary>
    public const string PackagesFolder = "node_modules";

    public const string VisTimelineScript = RequestPath + "/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js";
    public const string VisTimelineStyles = RequestPath + "/vis-timeline/styles/vis-timeline-graph2d.min.css";
    public const string VisDataScript = RequestPath + "/vis-data/standalone/umd/vis-data.min.js";
    public const string CytoscapeScript = RequestPath + "/cytoscape/dist/cytoscape.min.js";

    /// <summary>Served files as paths under the packages folder; keep in step with the VendorFile items of Timeline.Api.csproj.</summary>
    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
        "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js.map",
        "vis-timeline/styles/vis-timeline-graph2d.min.css",
        "vis-timeline/styles/vis-timeline-graph2d.min.css.map",
        "vis-data/standalone/umd/vis-data.min.js",
        "vis-data/standalone/umd/vis-data.min.js.map",
        "cytoscape/dist/cytoscape.min.js",
    };

    /// <summary>The first folder that holds every allowed file, or null when the packages are not installed.</summary>
    public static string? Locate(string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, OutputFolder),
            Path.Combine(contentRoot, PackagesFolder),
            Path.Combine(contentRoot, OutputFolder),
        ];
        return candidates.FirstOrDefault(folder => Allowed.Where(file => !file.EndsWith(".map", StringComparison.Ordinal))
            .All(file => File.Exists(Path.Combine(folder, file))));
    }
}
