using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// Writes the value a scalar's result coercion produced. The specified scalars give strings, numbers and booleans;
/// custom scalars may give any JSON-like value (dictionaries, lists, JSON elements), written as JSON the same way.
/// </summary>
internal static class ResultValueWriter
{
    private const int MaxNesting = 64;

    public static void Write(ResultBuffer buffer, object? value, int depth = 0)
    {
        if (depth > MaxNesting)
        {
            throw new InvalidOperationException($"A scalar value nests deeper than {MaxNesting} levels and cannot be written as JSON.");
        }

        switch (value)
        {
            case null:
                buffer.WriteNull();
                return;
            case string s:
                buffer.WriteString(s);
                return;
            case bool b:
                buffer.WriteBoolean(b);
                return;
            case int i:
                buffer.WriteInt64(i);
                return;
            case long l:
                buffer.WriteInt64(l);
                return;
            case double d:
                buffer.WriteDouble(d);
                return;
            case float f:
                buffer.WriteDouble(f);
                return;
            case decimal m:
                buffer.WriteRaw(Encoding.UTF8.GetBytes(m.ToString(CultureInfo.InvariantCulture)));
                return;
            case short or byte or sbyte or ushort or uint:
                buffer.WriteInt64(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong ul:
                buffer.WriteRaw(Encoding.UTF8.GetBytes(ul.ToString(CultureInfo.InvariantCulture)));
                return;
            case JsonElement element:
                WriteElement(buffer, element);
                return;
            case Enum e:
                buffer.WriteString(e.ToString());
                return;
            case DateTimeOffset dto:
                buffer.WriteString(dto.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateTime dt:
                buffer.WriteString(dt.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateOnly date:
                buffer.WriteString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WriteObject(buffer, pairs, depth);
                return;
            case IDictionary dictionary:
                WriteDictionary(buffer, dictionary, depth);
                return;
            case IEnumerable items:
                WriteArray(buffer, items, depth);
                return;
            default:
                buffer.WriteString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                return;
        }
    }

    private static void WriteElement(ResultBuffer buffer, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            buffer.WriteNull();
            return;
        }

        // The raw text of a parsed element is already valid JSON.
        buffer.WriteRaw(Encoding.UTF8.GetBytes(element.GetRawText()));
    }

    private static void WriteObject(ResultBuffer buffer, IEnumerable<KeyValuePair<string, object?>> pairs, int depth)
    {
        buffer.WriteByte((byte)'{');
        var first = true;
        foreach (var (key, item) in pairs)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            first = false;
            buffer.WriteString(key);
            buffer.WriteByte((byte)':');
            Write(buffer, item, depth + 1);
        }

        buffer.WriteByte((byte)'}');
    }

    private static void WriteDictionary(ResultBuffer buffer, IDictionary dictionary, int depth)
    {
        buffer.WriteByte((byte)'{');
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            first = false;
            buffer.WriteString(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
            buffer.WriteByte((byte)':');
            Write(buffer, entry.Value, depth + 1);
        }

        buffer.WriteByte((byte)'}');
    }

    private static void WriteArray(ResultBuffer buffer, IEnumerable items, int depth)
    {
        buffer.WriteByte((byte)'[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            first = false;
            Write(buffer, item, depth + 1);
        }

        buffer.WriteByte((byte)']');
    }
}
