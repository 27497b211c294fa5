namespace Timeline.GraphQL.Language;

public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    IReadOnlyList<EnumValueDefinitionNode>? values,
    Location? location = null)
    : TypeExtensionNode(SyntaxKind.EnumTypeExtension, name, directives, location)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values ?? [];
}
