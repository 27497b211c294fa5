namespace Timeline.GraphQL.Language;

/// <summary><c>fragment Name on Type @directives { ... }</c>.</summary>
public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode>? directives,
    SelectionSetNode selectionSet,
    StringValueNode? description = null,
    Location? location = null)
    : ExecutableDefinitionNode(SyntaxKind.FragmentDefinition, directives, selectionSet, description, location)
{
    public NameNode Name { get; } = name;

    public NamedTypeNode TypeCondition { get; } = typeCondition;
}
