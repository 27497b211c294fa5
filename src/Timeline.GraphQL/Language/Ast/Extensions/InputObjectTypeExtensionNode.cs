namespace Timeline.GraphQL.Language;

public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<InputValueDefinitionNode>? fields,
    Location? location = null)
    : TypeExtensionNode(SyntaxKind.InputObjectTypeExtension, name, directives, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields ?? [];
}
