using System.Text.Json;

namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// Compiles the JSON Schema document into <see cref="SchemaNode"/>s. It knows only the keywords the
/// format uses and refuses any other, so that a schema change the C# validator cannot honour fails
/// loudly (in the tests) instead of being silently ignored while ajv enforces it.
/// </summary>
internal sealed class SchemaCompiler
{
    public const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal)
    {
        "object", "array", "string", "number", "integer", "boolean", "null",
    };

    private readonly Dictionary<string, SchemaNode> _definitions = new(StringComparer.Ordinal);
    private readonly List<SchemaNode> _references = [];

    private SchemaCompiler()
    {
    }

    public static SchemaNode Compile(ReadOnlyMemory<byte> schemaUtf8)
    {
        using var document = JsonDocument.Parse(schemaUtf8);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaCompilationException("#: the schema must be a JSON object.");
        }

        if (!root.TryGetProperty("$schema", out var dialect) || dialect.ValueKind != JsonValueKind.String || dialect.GetString() != Draft202012)
        {
            throw new SchemaCompilationException($"#: \"$schema\" must be \"{Draft202012}\".");
        }

        var compiler = new SchemaCompiler();
        if (root.TryGetProperty("$defs", out var definitions))
        {
            compiler.CompileDefinitions(definitions);
        }

        var node = compiler.CompileNode(root, "#");
        compiler.LinkReferences();
        return node;
    }

    private void CompileDefinitions(JsonElement definitions)
    {
        if (definitions.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaCompilationException("#/$defs: must be an object of subschemas.");
        }

        foreach (var definition in definitions.EnumerateObject())
        {
            var location = "#/$defs/" + definition.Name;
            _definitions[location] = CompileNode(definition.Value, location);
        }
    }

    private void LinkReferences()
    {
        foreach (var node in _references)
        {
            node.Reference = _definitions.TryGetValue(node.ReferenceText!, out var target)
                ? target
                : throw new SchemaCompilationException($"{node.Location}: \"$ref\" {node.ReferenceText} names no definition.");
        }
    }

    private SchemaNode CompileNode(JsonElement element, string location)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaCompilationException($"{location}: a subschema must be an object here.");
        }

        var node = new SchemaNode { Location = location };
        var keywords = 0;
        foreach (var keyword in element.EnumerateObject())
        {
            keywords++;
            CompileKeyword(node, keyword, location);
        }

        node.IsRequiredOnly = keywords == 1 && node.Required is not null;
        return node;
    }

    private void CompileKeyword(SchemaNode node, JsonProperty keyword, string location)
    {
        var value = keyword.Value;
        var at = location + "/" + keyword.Name;
        switch (keyword.Name)
        {
            case "$schema" or "$id" or "$defs" when location == "#":
            case "title" or "$comment":
                break;
            case "description":
                node.Description = String(value, at);
                break;
            case "$ref":
                node.ReferenceText = String(value, at);
                if (!node.ReferenceText.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    throw new SchemaCompilationException($"{at}: only local references to #/$defs/... are supported.");
                }

                _references.Add(node);
                break;
            case "type":
                node.Types = value.ValueKind == JsonValueKind.Array
                    ? [.. value.EnumerateArray().Select(t => TypeName(t, at))]
                    : [TypeName(value, at)];
                break;
            case "const":
                node.Const = value.Clone();
                break;
            case "enum":
                node.Enum = [.. Array(value, at).Select(v => v.Clone())];
                break;
            case "required":
                node.Required = [.. Array(value, at).Select(v => String(v, at))];
                break;
            case "properties":
                node.Properties = Object(value, at).ToDictionary(p => p.Name, p => CompileNode(p.Value, at + "/" + p.Name), StringComparer.Ordinal);
                break;
            case "additionalProperties" when value.ValueKind is JsonValueKind.False:
                node.ForbidsAdditionalProperties = true;
                break;
            case "additionalProperties" when value.ValueKind is JsonValueKind.True:
                break;
            case "additionalProperties":
                node.AdditionalProperties = CompileNode(value, at);
                break;
            case "propertyNames":
                node.PropertyNames = CompileNode(value, at);
                break;
            case "items":
                node.Items = CompileNode(value, at);
                break;
            case "anyOf":
                node.AnyOf = [.. Array(value, at).Select((v, i) => CompileNode(v, at + "/" + i))];
                break;
            case "minProperties":
                node.MinProperties = Count(value, at);
                break;
            case "maxProperties":
                node.MaxProperties = Count(value, at);
                break;
            case "minItems":
                node.MinItems = Count(value, at);
                break;
            case "maxItems":
                node.MaxItems = Count(value, at);
                break;
            case "minLength":
                node.MinLength = Count(value, at);
                break;
            case "maxLength":
                node.MaxLength = Count(value, at);
                break;
            case "uniqueItems":
                node.UniqueItems = value.ValueKind == JsonValueKind.True
                    || (value.ValueKind == JsonValueKind.False ? false : throw new SchemaCompilationException($"{at}: must be true or false."));
                break;
            case "pattern":
                node.Pattern = PortablePattern.Compile(String(value, at), at);
                break;
            case "format":
                node.Format = String(value, at);
                if (!StringFormats.Known.Contains(node.Format))
                {
                    throw new SchemaCompilationException($"{at}: format \"{node.Format}\" is not one the validator checks ({string.Join(", ", StringFormats.Known)}).");
                }

                break;
            default:
                throw new SchemaCompilationException($"{at}: keyword \"{keyword.Name}\" is not supported by the structural validator.");
        }
    }

    private static string TypeName(JsonElement value, string at)
    {
        var name = String(value, at);
        return TypeNames.Contains(name) ? name : throw new SchemaCompilationException($"{at}: \"{name}\" is not a JSON Schema type.");
    }

    private static string String(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new SchemaCompilationException($"{at}: must be a string.");

    private static JsonElement.ArrayEnumerator Array(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            ? value.EnumerateArray()
            : throw new SchemaCompilationException($"{at}: must be a non-empty array.");

    private static JsonElement.ObjectEnumerator Object(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Object ? value.EnumerateObject() : throw new SchemaCompilationException($"{at}: must be an object.");

    private static int Count(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0
            ? count
            : throw new SchemaCompilationException($"{at}: must be a non-negative integer.");
}
