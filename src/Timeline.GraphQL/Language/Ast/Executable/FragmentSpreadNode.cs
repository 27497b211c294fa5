namespace Timeline.GraphQL.Language;

/// <summary><c>...FragmentName @directives</c>.</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
    : SelectionNode(SyntaxKind.FragmentSpread, directives, location)
{
    public NameNode Name { get; } = name;
}
