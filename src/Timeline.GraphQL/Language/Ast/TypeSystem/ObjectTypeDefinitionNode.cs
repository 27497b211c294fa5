namespace Timeline.GraphQL.Language;

/// <summary><c>type Name implements A &amp; B @directives { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode>? interfaces,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<FieldDefinitionNode>? fields,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(SyntaxKind.ObjectTypeDefinition, name, directives, description, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces ?? [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields ?? [];
}
