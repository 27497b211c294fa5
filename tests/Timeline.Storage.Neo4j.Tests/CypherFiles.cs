namespace Timeline.Storage.Neo4j.Tests;

/// <summary>The cypher/ folder of the repository as files on disk: what the store must embed and send.</summary>
internal static class CypherFiles
{
    public static string Folder { get; } = Find();

    /// <summary>Every statement file by name (without ".cypher"), text trimmed as the store sends it.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Directory.GetFiles(Folder, "*.cypher")
        .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllText(f).ReplaceLineEndings("\n").Trim(), StringComparer.Ordinal);

    /// <summary>The statements of schema.cypher, without comment lines.</summary>
    public static IReadOnlyList<string> SchemaStatements { get; } = All["schema"].Split(';')
        .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim())
        .Where(s => s.Length > 0)
        .ToList();

    /// <summary>The file a statement text comes from, or null when it comes from none.</summary>
    public static string? NameOf(string statement)
    {
        foreach (var (name, text) in All)
        {
            if (text == statement) return name;
        }
        return SchemaStatements.Contains(statement) ? "schema" : null;
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "cypher");
            if (File.Exists(Path.Combine(candidate, "schema.cypher"))) return candidate;
        }
        throw new InvalidOperationException($"No cypher/schema.cypher above {AppContext.BaseDirectory}.");
    }
}
