using Timeline.Export.Cypher;
using Timeline.Export.Json;

namespace Timeline.Export;

/// <summary>The export formats by name, for command lines and configuration.</summary>
public static class ExportFormats
{
    public const string Json = "json";

    public const string Cypher = "cypher";

    public static IReadOnlyList<string> All { get; } = [Json, Cypher];

    public static void Write(string format, ExportDocument document, Stream output)
    {
        switch (format)
        {
            case Json:
                ExportJsonWriter.Write(document, output);
                break;
            case Cypher:
                CypherExportWriter.Write(document, output);
                break;
            default:
                throw new ArgumentException($"Unknown export format \"{format}\"; expected one of: {string.Join(", ", All)}.", nameof(format));
        }
    }
}
