using System.Collections;
using System.Globalization;
using System.Text;

namespace Timeline.GraphQL.ConformanceHost;

/// <summary>JSON text of a coerced argument map with object keys sorted, as the fixture's <c>echo</c> answers.</summary>
internal static class CanonicalJson
{
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(System.Text.Json.JsonSerializer.Serialize(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(number == Math.Floor(number) && Math.Abs(number) < 1e15
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    builder.Append(first ? string.Empty : ",").Append(System.Text.Json.JsonSerializer.Serialize(key)).Append(':');
                    Append(builder, map[key]);
                    first = false;
                }

                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    builder.Append(firstItem ? string.Empty : ",");
                    Append(builder, item);
                    firstItem = false;
                }

                builder.Append(']');
                break;
            default:
                builder.Append(System.Text.Json.JsonSerializer.Serialize(Convert.ToString(value, CultureInfo.InvariantCulture)));
                break;
        }
    }
}
