namespace Timeline.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode>? directives,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(SyntaxKind.VariableDefinition, location), IHasDirectives, IHasDescription
{
    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    /// <summary>A constant value (the parser rejects variables here).</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives ?? [];

    public StringValueNode? Description { get; } = description;
}
