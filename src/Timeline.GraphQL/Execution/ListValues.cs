using System.Collections;
using System.Text.Json;

namespace Timeline.GraphQL.Execution;

/// <summary>Reads a resolved value as a list: any non-string, non-dictionary enumerable, or a JSON array.</summary>
internal static class ListValues
{
    public static IList? AsList(object value)
    {
        switch (value)
        {
            case string or IDictionary or IEnumerable<KeyValuePair<string, object?>>:
                return null;
            case IList list:
                return list;
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                var items = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(item);
                }

                return items;
            case IEnumerable enumerable:
                var copied = new List<object?>();
                foreach (var item in enumerable)
                {
                    copied.Add(item);
                }

                return copied;
            default:
                return null;
        }
    }

    public static bool IsNull(object? value) =>
        value is null || (value is JsonElement element && element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined);
}
