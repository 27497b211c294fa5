using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Timeline.Storage.Neo4j.Values;

/// <summary>
/// Lists and maps as compact JSON text, byte for byte as the SQLite store writes them: maps (which Neo4j
/// cannot hold as properties) are stored so, and digests and the export are computed over this form.
/// </summary>
internal static class JsonText
{
    public static string List(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var v in values) writer.WriteStringValue(v);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Map(IReadOnlyDictionary<string, string> values)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal)) writer.WriteString(pair.Key, pair.Value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, string> ReadMap(string json)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json == "{}") return map;
        using var document = JsonDocument.Parse(json);
        foreach (var item in document.RootElement.EnumerateObject()) map[item.Name] = item.Value.GetString() ?? string.Empty;
        return map;
    }
}
