namespace Timeline.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    private protected SelectionNode(SyntaxKind kind, IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(kind, location)
    {
        Directives = directives ?? [];
    }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
