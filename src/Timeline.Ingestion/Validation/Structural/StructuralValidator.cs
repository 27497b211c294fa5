using System.Text.Json;
using Timeline.Ingestion.Schema;

namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// The structural layer: the document against the embedded JSON Schema, nothing more, so that it
/// accepts and rejects exactly what ajv does with the same schema.
/// </summary>
internal static class StructuralValidator
{
    private static readonly Lazy<SchemaNode> Schema = new(() => SchemaCompiler.Compile(ArticleFactsSchema.Utf8));

    public static IReadOnlyList<ValidationError> Validate(JsonElement document) =>
        [.. SchemaEvaluator.Evaluate(Schema.Value, document).Select(ToError)];

    private static ValidationError ToError(SchemaViolation violation)
    {
        var message = violation is { Pointer: "/formatVersion", Keyword: "const" }
            ? $"unsupported format version {violation.Actual}: this reader reads formatVersion {ArticleFactsSchema.FormatVersion}"
            : violation.Message;
        return new ValidationError(violation.Pointer, message) { Kind = ValidationErrorKind.Structure };
    }
}
