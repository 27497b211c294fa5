namespace Timeline.Cli.Ingest;

/// <summary>Turns the files and folders named on the command line into the list of documents to ingest.</summary>
public static class DocumentSelection
{
    /// <summary>
    /// Files are taken as given; a folder gives its <c>*.json</c> files (not its subfolders), sorted by
    /// name. Order is kept and a file named twice is ingested once. A name that is neither a file nor
    /// a folder is a usage error, raised before anything is ingested.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var documents = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var path = Path.GetFullPath(argument);
            IEnumerable<string> found;
            if (File.Exists(path)) found = [path];
            else if (Directory.Exists(path))
            {
                found = Directory.EnumerateFiles(path)
                    .Where(file => string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
            }
            else throw new UsageException($"'{argument}' is neither a file nor a folder.");
            documents.AddRange(found.Where(seen.Add));
        }
        return documents;
    }
}
