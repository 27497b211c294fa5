using System.Text.Json;

namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// One compiled subschema: the assertions of the JSON Schema keywords the format uses,
/// ready to evaluate. Absent keywords are null (or false) and assert nothing.
/// </summary>
internal sealed class SchemaNode
{
    /// <summary>Where the subschema sits in the schema document, such as "#/$defs/event".</summary>
    public required string Location { get; init; }

    public string? Description { get; set; }

    /// <summary>Target of "$ref", linked after every definition is compiled.</summary>
    public SchemaNode? Reference { get; set; }

    public string? ReferenceText { get; set; }

    public IReadOnlyList<string>? Types { get; set; }

    public JsonElement? Const { get; set; }

    public IReadOnlyList<JsonElement>? Enum { get; set; }

    public IReadOnlyList<string>? Required { get; set; }

    public IReadOnlyDictionary<string, SchemaNode>? Properties { get; set; }

    /// <summary>True for "additionalProperties": false.</summary>
    public bool ForbidsAdditionalProperties { get; set; }

    public SchemaNode? AdditionalProperties { get; set; }

    public SchemaNode? PropertyNames { get; set; }

    public int? MinProperties { get; set; }

    public int? MaxProperties { get; set; }

    public SchemaNode? Items { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public bool UniqueItems { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public PortablePattern? Pattern { get; set; }

    public string? Format { get; set; }

    public IReadOnlyList<SchemaNode>? AnyOf { get; set; }

    /// <summary>True when the node asserts nothing but "required": an alternative of "at least one of these properties".</summary>
    public bool IsRequiredOnly { get; set; }
}
