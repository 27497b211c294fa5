using System.Collections;
using System.Text.Json;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// Reads external (variable) input values, which arrive either as <see cref="JsonElement"/> or as
/// already-parsed CLR values: null, bool, string, any .NET number, a string-keyed dictionary, or an enumerable.
/// </summary>
public static class ExternalValue
{
    /// <summary>True for null and for a JSON null or undefined element.</summary>
    public static bool IsNull(object? value) =>
        value is null || (value is JsonElement e && e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined);

    /// <summary>Replaces a JSON scalar element by its CLR value (number: long when integral and in range, else double); other values unchanged.</summary>
    public static object? Unwrap(object? value)
    {
        if (value is not JsonElement e)
        {
            return value;
        }

        return e.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
            _ => e,
        };
    }

    /// <summary>Reads any .NET number (or a JSON number) as a double, the way JavaScript holds every number.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } e: number = e.GetDouble(); return true;
            default: number = 0; return false;
        }
    }

    /// <summary>A JSON object or a string-keyed dictionary, as name/value pairs in their given order.</summary>
    public static bool TryGetObject(object? value, out IEnumerable<KeyValuePair<string, object?>> fields)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } e:
                fields = EnumerateJsonObject(e);
                return true;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                fields = pairs;
                return true;
            case IDictionary dictionary:
                fields = EnumerateDictionary(dictionary);
                return true;
            default:
                fields = [];
                return false;
        }
    }

    /// <summary>A JSON array or any non-string, non-dictionary enumerable.</summary>
    public static bool TryGetList(object? value, out IEnumerable<object?> items)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } e:
                items = EnumerateJsonArray(e);
                return true;
            case string or IDictionary or IEnumerable<KeyValuePair<string, object?>> or JsonElement:
                items = [];
                return false;
            case IEnumerable<object?> objects:
                items = objects;
                return true;
            case IEnumerable enumerable:
                items = enumerable.Cast<object?>();
                return true;
            default:
                items = [];
                return false;
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateJsonObject(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            yield return new KeyValuePair<string, object?>(property.Name, property.Value);
        }
    }

    private static IEnumerable<object?> EnumerateJsonArray(JsonElement element)
    {
        foreach (var item in element.EnumerateArray())
        {
            yield return item;
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }
}
