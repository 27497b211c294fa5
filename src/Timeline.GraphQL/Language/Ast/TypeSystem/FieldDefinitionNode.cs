namespace Timeline.GraphQL.Language;

/// <summary><c>name(args): Type @directives</c> in an object or interface type.</summary>
public sealed class FieldDefinitionNode(
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode>? arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode>? directives,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(SyntaxKind.FieldDefinition, location), IHasDirectives, IHasDescription
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments ?? [];

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives ?? [];

    public StringValueNode? Description { get; } = description;
}
