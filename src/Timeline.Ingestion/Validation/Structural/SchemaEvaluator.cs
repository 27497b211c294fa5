using System.Text.Json;
using Timeline.Ingestion.Validation.Json;

namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// Evaluates a document against the compiled schema with JSON Schema 2020-12 semantics, collecting
/// every violation (as ajv's allErrors does) in document order.
/// </summary>
internal static class SchemaEvaluator
{
    private const int ShownValueLength = 60;

    public static IReadOnlyList<SchemaViolation> Evaluate(SchemaNode root, JsonElement instance)
    {
        var violations = new List<SchemaViolation>();
        Evaluate(root, instance, JsonPointer.Root, violations);
        return violations;
    }

    private static void Evaluate(SchemaNode node, JsonElement instance, string pointer, List<SchemaViolation> violations)
    {
        if (node.Reference is not null)
        {
            Evaluate(node.Reference, instance, pointer, violations);
        }

        if (node.Types is not null && !node.Types.Any(type => HasType(instance, type)))
        {
            // Every other assertion of the node is about the expected type, so a wrong type ends it here.
            violations.Add(new(pointer, "type", $"must be {string.Join(" or ", node.Types.Select(Article))}, not {Describe(instance)}"));
            return;
        }

        if (node.Const is { } constant && !JsonValueEquality.AreEqual(constant, instance))
        {
            violations.Add(new(pointer, "const", $"must be {constant.GetRawText()}, not {Show(instance)}", Show(instance)));
        }

        if (node.Enum is { } allowed && !allowed.Any(value => JsonValueEquality.AreEqual(value, instance)))
        {
            violations.Add(new(pointer, "enum", $"must be one of {string.Join(", ", allowed.Select(v => v.GetRawText()))}, not {Show(instance)}"));
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                EvaluateObject(node, instance, pointer, violations);
                break;
            case JsonValueKind.Array:
                EvaluateArray(node, instance, pointer, violations);
                break;
            case JsonValueKind.String:
                EvaluateString(node, instance.GetString()!, pointer, violations);
                break;
            default:
                break;
        }

        if (node.AnyOf is { } alternatives)
        {
            EvaluateAnyOf(alternatives, instance, pointer, violations);
        }
    }

    private static void EvaluateObject(SchemaNode node, JsonElement instance, string pointer, List<SchemaViolation> violations)
    {
        var properties = JsonObjectProperties.LastWins(instance);
        foreach (var (name, value) in properties)
        {
            var at = JsonPointer.Append(pointer, name);
            if (node.PropertyNames is { } names)
            {
                EvaluatePropertyName(names, name, at, violations);
            }

            if (node.Properties is not null && node.Properties.TryGetValue(name, out var declared))
            {
                Evaluate(declared, value, at, violations);
            }
            else if (node.AdditionalProperties is { } additional)
            {
                Evaluate(additional, value, at, violations);
            }
            else if (node.ForbidsAdditionalProperties)
            {
                var known = node.Properties is null ? "none" : string.Join(", ", node.Properties.Keys);
                violations.Add(new(at, "additionalProperties", $"property '{name}' is not part of the format here (known: {known})"));
            }
        }

        foreach (var name in node.Required ?? [])
        {
            if (!properties.Any(p => p.Key == name))
            {
                violations.Add(new(JsonPointer.Append(pointer, name), "required", $"required property '{name}' is missing"));
            }
        }

        if (node.MinProperties is { } min && properties.Count < min)
        {
            violations.Add(new(pointer, "minProperties", $"must have at least {min} properties, has {properties.Count}"));
        }

        if (node.MaxProperties is { } max && properties.Count > max)
        {
            violations.Add(new(pointer, "maxProperties", $"must have at most {max} properties, has {properties.Count}"));
        }
    }

    private static void EvaluatePropertyName(SchemaNode names, string name, string at, List<SchemaViolation> violations)
    {
        var found = new List<SchemaViolation>();
        using (var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(name)))
        {
            Evaluate(names, document.RootElement, at, found);
        }

        foreach (var violation in found)
        {
            violations.Add(violation with { Keyword = "propertyNames", Message = $"property name {violation.Message}" });
        }
    }

    private static void EvaluateArray(SchemaNode node, JsonElement instance, string pointer, List<SchemaViolation> violations)
    {
        var count = instance.GetArrayLength();
        if (node.MaxItems is { } max && count > max)
        {
            violations.Add(new(pointer, "maxItems", $"must have at most {max} items, has {count}"));
        }

        if (node.MinItems is { } min && count < min)
        {
            violations.Add(new(pointer, "minItems", $"must have at least {min} items, has {count}"));
        }

        var items = instance.EnumerateArray().ToList();
        if (node.Items is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Evaluate(itemSchema, items[i], JsonPointer.Append(pointer, i), violations);
            }
        }

        if (node.UniqueItems)
        {
            EvaluateUniqueness(items, pointer, violations);
        }
    }

    private static void EvaluateUniqueness(List<JsonElement> items, string pointer, List<SchemaViolation> violations)
    {
        var firstByString = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            int? first = null;
            if (items[i].ValueKind == JsonValueKind.String)
            {
                // Strings, the common case, by hash; anything else by pairwise JSON equality.
                if (!firstByString.TryAdd(items[i].GetString()!, i))
                {
                    first = firstByString[items[i].GetString()!];
                }
            }
            else
            {
                var current = items[i];
                var match = items.FindIndex(0, i, other => JsonValueEquality.AreEqual(other, current));
                first = match >= 0 ? match : null;
            }

            if (first is { } earlier)
            {
                violations.Add(new(JsonPointer.Append(pointer, i), "uniqueItems", $"repeats item {earlier}: items must be unique"));
            }
        }
    }

    private static void EvaluateString(SchemaNode node, string value, string pointer, List<SchemaViolation> violations)
    {
        var length = CodePointLength(value);
        if (node.MinLength is { } min && length < min)
        {
            violations.Add(new(pointer, "minLength", min == 1 ? "must not be empty" : $"must be at least {min} characters long, is {length}"));
        }

        if (node.MaxLength is { } max && length > max)
        {
            violations.Add(new(pointer, "maxLength", $"must be at most {max} characters long, is {length}"));
        }

        if (node.Pattern is { } pattern && !pattern.IsMatch(value))
        {
            violations.Add(new(pointer, "pattern", $"{Show(value)} is not {PatternExplanations.Explain(pattern)}"));
        }

        if (node.Format is { } format && !StringFormats.IsValid(format, value))
        {
            violations.Add(new(pointer, "format", $"{Show(value)} is not {StringFormats.Describe(format)}"));
        }
    }

    private static void EvaluateAnyOf(IReadOnlyList<SchemaNode> alternatives, JsonElement instance, string pointer, List<SchemaViolation> violations)
    {
        var failures = new List<List<SchemaViolation>>();
        foreach (var alternative in alternatives)
        {
            var found = new List<SchemaViolation>();
            Evaluate(alternative, instance, pointer, found);
            if (found.Count == 0)
            {
                return;
            }

            failures.Add(found);
        }

        if (alternatives.All(a => a.IsRequiredOnly))
        {
            var names = alternatives.SelectMany(a => a.Required!).Select(n => $"'{n}'");
            violations.Add(new(pointer, "anyOf", $"must have at least one of the properties {string.Join(" or ", names)}"));
            return;
        }

        var closest = failures.MinBy(f => f.Count)!;
        violations.Add(new(pointer, "anyOf", $"matches none of the {alternatives.Count} allowed shapes; the closest fails because {closest[0].Pointer}: {closest[0].Message}"));
    }

    /// <summary>JSON Schema counts lengths in Unicode code points, not UTF-16 units.</summary>
    private static int CodePointLength(string value)
    {
        var length = value.Length;
        for (var i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && IsInteger(JsonValueEquality.NumberValue(instance)),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    private static string Article(string type) => type switch
    {
        "object" or "array" or "integer" => "an " + type,
        "null" => "null",
        _ => "a " + type,
    };

    private static string Describe(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Show(JsonElement instance) =>
        instance.ValueKind == JsonValueKind.String ? Show(instance.GetString()!) : Truncate(instance.GetRawText());

    private static string Show(string value) => "'" + Truncate(value) + "'";

    private static string Truncate(string text) =>
        text.Length <= ShownValueLength ? text : string.Concat(text.AsSpan(0, ShownValueLength), "…");
}
