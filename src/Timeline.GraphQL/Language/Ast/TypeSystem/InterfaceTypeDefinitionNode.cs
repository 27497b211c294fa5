namespace Timeline.GraphQL.Language;

/// <summary><c>interface Name implements A &amp; B @directives { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode>? interfaces,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<FieldDefinitionNode>? fields,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(SyntaxKind.InterfaceTypeDefinition, name, directives, description, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces ?? [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields ?? [];
}
