using System.Collections.Concurrent;
using System.Globalization;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Types;
using YamlDotNet.Serialization;

namespace Timeline.GraphQL.Tests.Validation;

/// <summary>
/// Reads graphql-js's validation tests as exported to YAML in <c>../shared/graphql-validation-corpus</c> beside
/// the repository: the schemas by index and the cases of every <c>*.spec.yml</c> file.
/// </summary>
internal static class ValidationCorpus
{
    private static readonly Lazy<string> LazyFolder = new(FindFolder);
    private static readonly Lazy<IReadOnlyList<string>> LazySchemas = new(ReadSchemas);
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> LazyCases = new(ReadCases);
    private static readonly ConcurrentDictionary<string, Schema> BuiltSchemas = new(StringComparer.Ordinal);

    /// <summary>Where the corpus should be; it may be absent.</summary>
    public static string Folder => LazyFolder.Value;

    public static bool Exists => Directory.Exists(Folder);

    /// <summary>Every case by id (<c>Rule#index</c>), in file order.</summary>
    public static IReadOnlyDictionary<string, CorpusCase> Cases => LazyCases.Value;

    /// <summary>The SDL of schemas.yml's schema at <paramref name="index"/>.</summary>
    public static string SchemaText(int index) => LazySchemas.Value[index];

    /// <summary>The case's schema: one of schemas.yml by index, or SDL written in the case itself. Built once each.</summary>
    public static Schema SchemaFor(CorpusCase corpusCase)
    {
        var sdl = int.TryParse(corpusCase.Schema, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? LazySchemas.Value[index]
            : corpusCase.Schema;
        return BuiltSchemas.GetOrAdd(sdl, static text => SdlSchemaBuilder.Build(text));
    }

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? AppContext.BaseDirectory;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "graphql-validation-corpus"));
    }

    private static List<string> ReadSchemas() =>
        new DeserializerBuilder().Build().Deserialize<List<string>>(File.ReadAllText(Path.Combine(Folder, "schemas.yml")));

    private static Dictionary<string, CorpusCase> ReadCases()
    {
        var deserializer = new DeserializerBuilder().Build();
        var cases = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder, "*.spec.yml").Order(StringComparer.Ordinal))
        {
            var entries = deserializer.Deserialize<List<Dictionary<string, object>>>(File.ReadAllText(file));
            for (var i = 0; i < entries.Count; i++)
            {
                var corpusCase = CorpusCase.From(entries[i], Path.GetFileName(file));
                cases.Add($"{corpusCase.Rule}#{i}", corpusCase);
            }
        }

        return cases;
    }
}
