using System.Collections.Frozen;
using System.Reflection;

namespace Timeline.Storage.Neo4j.Cypher;

/// <summary>
/// Every statement the store sends, loaded from the <c>cypher/</c> files embedded in this assembly.
/// A statement file holds one statement, sent as written; <c>schema.cypher</c> holds many, sent one by one.
/// </summary>
internal static class CypherStatements
{
    private const string Prefix = "Timeline.Storage.Neo4j.Cypher.";
    private const string Suffix = ".cypher";

    private static readonly FrozenDictionary<string, string> Files = Load();

    /// <summary>The names of every embedded file, without the extension.</summary>
    public static IReadOnlyCollection<string> Names => Files.Keys;

    /// <summary>The text of the statement file <paramref name="name"/> (without ".cypher").</summary>
    public static string Get(string name) =>
        Files.TryGetValue(name, out var text)
            ? text
            : throw new InvalidOperationException($"No statement file cypher/{name}{Suffix} is embedded in the Neo4j store.");

    /// <summary>The statements of a file of many, split at the ';' that ends each.</summary>
    public static IReadOnlyList<string> Split(string name) =>
        Get(name).Split(';').Select(StripComments).Where(s => s.Length > 0).ToList();

    private static string StripComments(string statement) =>
        string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(CypherStatements).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Suffix, StringComparison.Ordinal)) continue;
            files[resource[Prefix.Length..^Suffix.Length]] = Read(assembly, resource).Trim();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded statement {resource} cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
