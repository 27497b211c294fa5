namespace Timeline.GraphQL.Language;

public sealed class InputObjectTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<InputValueDefinitionNode>? fields,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(SyntaxKind.InputObjectTypeDefinition, name, directives, description, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields ?? [];
}
