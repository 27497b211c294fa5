using System.Buffers;
using System.Text.Json;

namespace Timeline.Storage.Sqlite.Columns;

/// <summary>Lists and maps kept in one column as compact JSON (sorted maps, so equal values store equal text).</summary>
internal static class JsonColumns
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
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
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
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<string> ReadList(string json)
    {
        if (json == "[]") return [];
        using var document = JsonDocument.Parse(json);
        var list = new List<string>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray()) list.Add(item.GetString() ?? string.Empty);
        return list;
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
