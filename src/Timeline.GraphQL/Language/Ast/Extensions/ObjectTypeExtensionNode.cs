namespace Timeline.GraphQL.Language;

public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode>? interfaces,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<FieldDefinitionNode>? fields,
    Location? location = null)
    : TypeExtensionNode(SyntaxKind.ObjectTypeExtension, name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces ?? [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields ?? [];
}
