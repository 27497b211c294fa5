namespace Timeline.GraphQL.Language;

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<NamedTypeNode>? types,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(SyntaxKind.UnionTypeDefinition, name, directives, description, location)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types ?? [];
}
