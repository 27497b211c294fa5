namespace Timeline.GraphQL.Language;

/// <summary><c>extend schema @directives { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<OperationTypeDefinitionNode>? operationTypes,
    Location? location = null)
    : TypeSystemExtensionNode(SyntaxKind.SchemaExtension, directives, location)
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes ?? [];
}
