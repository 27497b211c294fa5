namespace Timeline.GraphQL.Language;

public sealed class EnumValueDefinitionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(SyntaxKind.EnumValueDefinition, location), IHasDirectives, IHasDescription
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives ?? [];

    public StringValueNode? Description { get; } = description;
}
