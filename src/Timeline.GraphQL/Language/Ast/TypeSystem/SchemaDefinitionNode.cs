namespace Timeline.GraphQL.Language;

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed class SchemaDefinitionNode(
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    StringValueNode? description = null,
    Location? location = null)
    : TypeSystemDefinitionNode(SyntaxKind.SchemaDefinition, directives, description, location)
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
