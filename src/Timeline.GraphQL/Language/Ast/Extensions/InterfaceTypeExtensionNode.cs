namespace Timeline.GraphQL.Language;

public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode>? interfaces,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<FieldDefinitionNode>? fields,
    Location? location = null)
    : TypeExtensionNode(SyntaxKind.InterfaceTypeExtension, name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces ?? [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields ?? [];
}
