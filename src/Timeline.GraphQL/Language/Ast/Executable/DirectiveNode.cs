namespace Timeline.GraphQL.Language;

/// <summary><c>@name(args)</c> applied to a node.</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode>? arguments, Location? location = null)
    : SyntaxNode(SyntaxKind.Directive, location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments ?? [];
}
