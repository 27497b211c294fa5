namespace Timeline.GraphQL.Language;

/// <summary><c>... on Type @directives { ... }</c>; the type condition is optional.</summary>
public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode>? directives,
    SelectionSetNode selectionSet,
    Location? location = null)
    : SelectionNode(SyntaxKind.InlineFragment, directives, location)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
