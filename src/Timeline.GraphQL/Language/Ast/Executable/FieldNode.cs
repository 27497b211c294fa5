namespace Timeline.GraphQL.Language;

/// <summary><c>alias: name(args) @directives { ... }</c>.</summary>
public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode>? arguments,
    IReadOnlyList<DirectiveNode>? directives,
    SelectionSetNode? selectionSet,
    Location? location = null)
    : SelectionNode(SyntaxKind.Field, directives, location)
{
    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments ?? [];

    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of this field in the response: the alias when there is one, else the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}
