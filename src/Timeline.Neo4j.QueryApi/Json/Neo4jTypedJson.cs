using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": T, "_value": v}</c>.
/// CLR mapping, both ways: Null=null, Boolean=bool, Integer=long (text, 64-bit), Float=double (text; NaN and
/// ±Infinity allowed), String=string, Base64=byte[], List=IReadOnlyList&lt;object?&gt;,
/// Map=IReadOnlyDictionary&lt;string, object?&gt;, Date=DateOnly, Time=<see cref="Neo4jOffsetTime"/>,
/// LocalTime=TimeOnly, OffsetDateTime=DateTimeOffset, ZonedDateTime=<see cref="Neo4jZonedDateTime"/>,
/// LocalDateTime=DateTime (Unspecified), Duration=<see cref="Neo4jDuration"/>, Point=<see cref="Neo4jPoint"/>,
/// Node, Relationship and Path = <see cref="Neo4jNode"/>, <see cref="Neo4jRelationship"/>, <see cref="Neo4jPath"/>.
/// </summary>
public static class Neo4jTypedJson
{
    /// <summary>Reads one typed value; <paramref name="location"/> names it in errors (a JSON path).</summary>
    public static object? Read(JsonElement element, string location = "$")
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new Neo4jProtocolException(location, $"expected a typed value {{\"$type\", \"_value\"}}, found {Describe(element)}.");
        }

        var type = typeElement.GetString()!;
        if (!element.TryGetProperty("_value", out var value))
        {
            throw new Neo4jProtocolException(location, $"typed value of $type '{type}' has no _value.");
        }

        var at = location + "._value";
        try
        {
            return type switch
            {
                "Null" => null,
                "Boolean" => value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Mismatch(at, "a JSON boolean", value),
                },
                "Integer" => ReadInteger(value, at),
                "Float" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : Neo4jFloatText.Parse(Text(value, at)),
                "String" => Text(value, at),
                "Base64" => Convert.FromBase64String(Text(value, at)),
                "List" => ReadList(value, at),
                "Map" => ReadMap(value, at),
                "Date" => Neo4jTemporalText.ParseDate(Text(value, at)),
                "Time" => Neo4jTemporalText.ParseOffsetTime(Text(value, at)),
                "LocalTime" => Neo4jTemporalText.ParseTime(Text(value, at)),
                "OffsetDateTime" or "ZonedDateTime" or "DateTime" => Neo4jTemporalText.ParseOffsetOrZonedDateTime(Text(value, at)),
                "LocalDateTime" => Neo4jTemporalText.ParseLocalDateTime(Text(value, at)),
                "Duration" => Neo4jDuration.Parse(Text(value, at)),
                "Point" => Neo4jPoint.Parse(Text(value, at)),
                "Node" => ReadNode(value, at),
                "Relationship" => ReadRelationship(value, at),
                "Path" => ReadPath(value, at),
                _ => throw new Neo4jProtocolException(location, $"unknown $type '{type}'."),
            };
        }
        catch (FormatException e)
        {
            throw new Neo4jProtocolException(at, $"bad {type}: {e.Message}", e);
        }
        catch (OverflowException e)
        {
            throw new Neo4jProtocolException(at, $"{type} out of range: {e.Message}", e);
        }
    }

    /// <summary>Writes one value in typed form; unsupported CLR types fail naming <paramref name="location"/>.</summary>
    public static void Write(Utf8JsonWriter writer, object? value, string location = "$")
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                WriteTyped(writer, "Null", w => w.WriteNullValue());
                break;
            case bool b:
                WriteTyped(writer, "Boolean", w => w.WriteBooleanValue(b));
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                WriteText(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong u when u <= long.MaxValue:
                WriteText(writer, "Integer", u.ToString(CultureInfo.InvariantCulture));
                break;
            case ulong:
                throw Unsupported(location, value, "it exceeds the 64-bit signed range of Cypher INTEGER");
            case double d:
                WriteText(writer, "Float", Neo4jFloatText.Format(d));
                break;
            case float f:
                WriteText(writer, "Float", Neo4jFloatText.Format(f));
                break;
            case string s:
                WriteText(writer, "String", s);
                break;
            case char c:
                WriteText(writer, "String", c.ToString());
                break;
            case byte[] bytes:
                WriteText(writer, "Base64", Convert.ToBase64String(bytes));
                break;
            case ReadOnlyMemory<byte> memory:
                WriteText(writer, "Base64", Convert.ToBase64String(memory.Span));
                break;
            case DateOnly date:
                WriteText(writer, "Date", Neo4jTemporalText.FormatDate(date));
                break;
            case TimeOnly time:
                WriteText(writer, "LocalTime", Neo4jTemporalText.FormatTime(time));
                break;
            case Neo4jOffsetTime offsetTime:
                WriteText(writer, "Time", offsetTime.ToString());
                break;
            case DateTime { Kind: DateTimeKind.Unspecified } local:
                WriteText(writer, "LocalDateTime", Neo4jTemporalText.FormatLocalDateTime(local));
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                WriteText(writer, "OffsetDateTime", Neo4jTemporalText.FormatDateTimeOffset(new DateTimeOffset(utc)));
                break;
            case DateTime:
                throw Unsupported(location, value, "a DateTime of kind Local depends on this machine's zone; pass a DateTimeOffset or a UTC DateTime");
            case DateTimeOffset offset:
                WriteText(writer, "OffsetDateTime", Neo4jTemporalText.FormatDateTimeOffset(offset));
                break;
            case Neo4jZonedDateTime zoned:
                WriteText(writer, "ZonedDateTime", zoned.ToString());
                break;
            case Neo4jDuration duration:
                WriteText(writer, "Duration", duration.ToString());
                break;
            case TimeSpan span:
                WriteText(writer, "Duration", Neo4jDuration.FromTimeSpan(span).ToString());
                break;
            case Neo4jPoint point:
                WriteText(writer, "Point", point.ToString());
                break;
            case Neo4jNode or Neo4jRelationship or Neo4jPath:
                throw Unsupported(location, value, "Neo4j does not accept graph entities as parameters; pass their ids or properties");
            case decimal:
                throw Unsupported(location, value, "Cypher has no decimal type; convert to double or string explicitly");
            case IDictionary dictionary:
                WriteMap(writer, StringKeyed(dictionary, location), location);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WriteMap(writer, pairs, location);
                break;
            case IEnumerable items:
                WriteList(writer, items, location);
                break;
            default:
                throw Unsupported(location, value, "it has no Neo4j typed JSON mapping");
        }
    }

    private static long ReadInteger(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt64(out var n) ? n : throw Mismatch(at, "a 64-bit integer", value)
            : long.Parse(Text(value, at), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static List<object?> ReadList(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch(at, "a JSON array", value);
        }

        var items = new List<object?>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items.Add(Read(item, $"{at}[{index++}]"));
        }

        return items;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Mismatch(at, "a JSON object", value);
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value, $"{at}.{property.Name}");
        }

        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value, string at)
    {
        var labels = Required(value, "_labels", at);
        if (labels.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch(at + "._labels", "a JSON array of strings", labels);
        }

        var labelList = new List<string>();
        var index = 0;
        foreach (var label in labels.EnumerateArray())
        {
            labelList.Add(Text(label, $"{at}._labels[{index++}]"));
        }

        return new Neo4jNode(
            Text(Required(value, "_element_id", at), at + "._element_id"),
            labelList,
            ReadMap(Required(value, "_properties", at), at + "._properties"));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement value, string at) =>
        new(
            Text(Required(value, "_element_id", at), at + "._element_id"),
            Text(Required(value, "_start_node_element_id", at), at + "._start_node_element_id"),
            Text(Required(value, "_end_node_element_id", at), at + "._end_node_element_id"),
            Text(Required(value, "_type", at), at + "._type"),
            ReadMap(Required(value, "_properties", at), at + "._properties"));

    /// <summary>A path arrives as node, relationship, node, ... strictly alternating.</summary>
    private static Neo4jPath ReadPath(JsonElement value, string at)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        var elements = ReadList(value, at);
        for (var i = 0; i < elements.Count; i++)
        {
            switch (elements[i])
            {
                case Neo4jNode node when i % 2 == 0:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship when i % 2 == 1:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new Neo4jProtocolException(
                        $"{at}[{i}]", $"a path must alternate Node and Relationship starting with a Node; found {elements[i]?.GetType().Name ?? "null"}.");
            }
        }

        if (nodes.Count == 0 || elements.Count % 2 == 0)
        {
            throw new Neo4jProtocolException(at, "a path must start and end with a Node.");
        }

        return new Neo4jPath(nodes, relationships);
    }

    private static IEnumerable<KeyValuePair<string, object?>> StringKeyed(IDictionary dictionary, string location)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return entry.Key is string key
                ? new KeyValuePair<string, object?>(key, entry.Value)
                : throw Unsupported(location, entry.Key, "map keys must be strings");
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> pairs, string location)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "Map");
        writer.WriteStartObject("_value");
        foreach (var (key, item) in pairs)
        {
            writer.WritePropertyName(key);
            Write(writer, item, $"{location}.{key}");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items, string location)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "List");
        writer.WriteStartArray("_value");
        var index = 0;
        foreach (var item in items)
        {
            Write(writer, item, $"{location}[{index++}]");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string type, string text) =>
        WriteTyped(writer, type, w => w.WriteStringValue(text));

    private static void WriteTyped(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }

    private static JsonElement Required(JsonElement value, string name, string at)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Mismatch(at, "a JSON object", value);
        }

        return value.TryGetProperty(name, out var property)
            ? property
            : throw new Neo4jProtocolException(at, $"missing '{name}'.");
    }

    private static string Text(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Mismatch(at, "a JSON string", value);

    private static Neo4jProtocolException Mismatch(string at, string expected, JsonElement found) =>
        new(at, $"expected {expected}, found {Describe(found)}.");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object without a string $type",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static ArgumentException Unsupported(string location, object? value, string why) =>
        new($"Cannot send {location} (a {value?.GetType().FullName ?? "null"}) to Neo4j: {why}.", nameof(value));
}
