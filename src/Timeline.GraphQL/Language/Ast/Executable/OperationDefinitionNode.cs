namespace Timeline.GraphQL.Language;

/// <summary><c>query Name($v: T) @d { ... }</c>, or the shorthand <c>{ ... }</c> (an anonymous query).</summary>
public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode>? variableDefinitions,
    IReadOnlyList<DirectiveNode>? directives,
    SelectionSetNode selectionSet,
    StringValueNode? description = null,
    Location? location = null)
    : ExecutableDefinitionNode(SyntaxKind.OperationDefinition, directives, selectionSet, description, location)
{
    public OperationType Operation { get; } = operation;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions ?? [];
}
