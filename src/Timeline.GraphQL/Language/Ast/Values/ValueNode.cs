namespace Timeline.GraphQL.Language;

/// <summary>A literal value or a variable.</summary>
public abstract class ValueNode : SyntaxNode
{
    private protected ValueNode(SyntaxKind kind, Location? location)
        : base(kind, location)
    {
    }
}
