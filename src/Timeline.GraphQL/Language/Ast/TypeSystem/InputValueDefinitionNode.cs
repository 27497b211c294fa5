namespace Timeline.GraphQL.Language;

/// <summary>An argument definition or an input object field: <c>name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode(
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode>? directives,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(SyntaxKind.InputValueDefinition, location), IHasDirectives, IHasDescription
{
    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    /// <summary>A constant value (the parser rejects variables here).</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives ?? [];

    public StringValueNode? Description { get; } = description;
}
