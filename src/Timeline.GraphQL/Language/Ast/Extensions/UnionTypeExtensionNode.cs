namespace Timeline.GraphQL.Language;

public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<NamedTypeNode>? types,
    Location? location = null)
    : TypeExtensionNode(SyntaxKind.UnionTypeExtension, name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types ?? [];
}
