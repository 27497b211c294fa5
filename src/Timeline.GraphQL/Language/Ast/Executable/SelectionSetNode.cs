namespace Timeline.GraphQL.Language;

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null)
    : SyntaxNode(SyntaxKind.SelectionSet, location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
