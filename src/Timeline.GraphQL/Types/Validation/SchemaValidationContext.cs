using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types.Validation;

/// <summary>Collects the problems the rules find, with the SDL nodes involved.</summary>
internal sealed class SchemaValidationContext(Schema schema)
{
    public Schema Schema { get; } = schema;

    public List<SchemaValidationError> Errors { get; } = [];

    public void Report(string message, params SyntaxNode?[] nodes) =>
        Errors.Add(new SchemaValidationError(message, nodes.Where(n => n is not null).Select(n => n!).ToList()));
}
