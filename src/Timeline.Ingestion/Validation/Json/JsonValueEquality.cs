using System.Text.Json;

namespace Timeline.Ingestion.Validation.Json;

/// <summary>
/// JSON Schema's equality of instances (for "const", "enum" and "uniqueItems"): same type and same
/// value, numbers compared as the double values JavaScript parses them to, objects regardless of order.
/// </summary>
internal static class JsonValueEquality
{
    public static bool AreEqual(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        return left.ValueKind switch
        {
            JsonValueKind.String => string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal),
            JsonValueKind.Number => NumberValue(left).Equals(NumberValue(right)),
            JsonValueKind.Array => ArraysEqual(left, right),
            JsonValueKind.Object => ObjectsEqual(left, right),
            _ => true,
        };
    }

    /// <summary>The double JavaScript would parse; a number too large for a double is an infinity there too.</summary>
    public static double NumberValue(JsonElement number)
    {
        if (number.TryGetDouble(out var value))
        {
            return value;
        }

        return number.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
    }

    private static bool ArraysEqual(JsonElement left, JsonElement right)
    {
        if (left.GetArrayLength() != right.GetArrayLength())
        {
            return false;
        }

        using var l = left.EnumerateArray();
        using var r = right.EnumerateArray();
        while (l.MoveNext() && r.MoveNext())
        {
            if (!AreEqual(l.Current, r.Current))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(JsonElement left, JsonElement right)
    {
        var l = JsonObjectProperties.LastWins(left);
        var r = JsonObjectProperties.LastWins(right).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return l.Count == r.Count && l.All(p => r.TryGetValue(p.Key, out var other) && AreEqual(p.Value, other));
    }
}
