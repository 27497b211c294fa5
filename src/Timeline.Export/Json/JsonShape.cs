using System.Globalization;
using System.Text.Json;

namespace Timeline.Export.Json;

/// <summary>
/// Typed reads of a JSON document that collect errors instead of throwing, each at its JSON Pointer,
/// so one pass reports every problem. A read that fails returns null (or a default) and the caller goes on.
/// </summary>
internal sealed class JsonShape
{
    private const int MaxErrors = 100;
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    public void Error(string pointer, string message)
    {
        if (_errors.Count < MaxErrors) _errors.Add(new ImportError(pointer, message));
    }

    /// <summary>Refuses members the format does not define: a misspelt optional member would otherwise vanish silently.</summary>
    public void OnlyMembers(JsonNode node, params string[] known)
    {
        foreach (var member in node.Element.EnumerateObject())
        {
            if (!known.Contains(member.Name, StringComparer.Ordinal))
                Error(node.Member(member.Name, member.Value).Pointer, $"unknown member \"{member.Name}\"; expected one of: {string.Join(", ", known)}");
        }
    }

    public JsonNode? Object(JsonNode parent, string name, bool required = true) => Get(parent, name, JsonValueKind.Object, "an object", required);

    public IReadOnlyList<JsonNode> Array(JsonNode parent, string name)
    {
        if (Get(parent, name, JsonValueKind.Array, "an array", required: true) is not { } array) return [];
        return [.. array.Element.EnumerateArray().Select((item, i) => array.Item(i, item))];
    }

    public bool IsObject(JsonNode node)
    {
        if (node.Element.ValueKind == JsonValueKind.Object) return true;
        Error(node.Pointer, $"must be an object, not {Kind(node.Element)}");
        return false;
    }

    /// <summary>A string member; <paramref name="required"/> ones must be present, not null and not blank.</summary>
    public string? String(JsonNode parent, string name, bool required = true)
    {
        if (Get(parent, name, JsonValueKind.String, "a string", required) is not { } node) return null;
        var value = node.Element.GetString();
        if (required && string.IsNullOrWhiteSpace(value))
        {
            Error(node.Pointer, "must not be empty");
            return null;
        }
        return value;
    }

    public int? Integer(JsonNode parent, string name)
    {
        if (Get(parent, name, JsonValueKind.Number, "an integer", required: true) is not { } node) return null;
        if (node.Element.TryGetInt32(out var value)) return value;
        Error(node.Pointer, $"must be an integer, not {node.Element.GetRawText()}");
        return null;
    }

    public DateOnly? Date(JsonNode parent, string name)
    {
        var text = String(parent, name);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(parent.Member(name, default).Pointer, $"\"{text}\" is not a date (yyyy-MM-dd)");
        return null;
    }

    public List<string> Strings(JsonNode parent, string name)
    {
        var list = new List<string>();
        foreach (var item in Array(parent, name))
        {
            if (item.Element.ValueKind == JsonValueKind.String) list.Add(item.Element.GetString()!);
            else Error(item.Pointer, $"must be a string, not {Kind(item.Element)}");
        }
        return list;
    }

    public Dictionary<string, string> StringMap(JsonNode parent, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Object(parent, name) is not { } node) return map;
        foreach (var member in node.Element.EnumerateObject())
        {
            var at = node.Member(member.Name, member.Value);
            if (member.Value.ValueKind != JsonValueKind.String) Error(at.Pointer, $"must be a string, not {Kind(member.Value)}");
            else if (!map.TryAdd(member.Name, member.Value.GetString()!)) Error(at.Pointer, "is given twice");
        }
        return map;
    }

    private JsonNode? Get(JsonNode parent, string name, JsonValueKind kind, string expected, bool required)
    {
        if (!parent.Element.TryGetProperty(name, out var value))
        {
            if (required) Error(parent.Pointer + "/" + name, "is required");
            return null;
        }
        var node = parent.Member(name, value);
        if (value.ValueKind == JsonValueKind.Null && !required) return null;
        if (value.ValueKind != kind)
        {
            Error(node.Pointer, $"must be {expected}{(required ? "" : " or null")}, not {Kind(value)}");
            return null;
        }
        return node;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };
}
