namespace Timeline.GraphQL.Language;

public sealed class EnumTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<EnumValueDefinitionNode>? values,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(SyntaxKind.EnumTypeDefinition, name, directives, description, location)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values ?? [];
}
