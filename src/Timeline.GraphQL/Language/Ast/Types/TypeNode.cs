namespace Timeline.GraphQL.Language;

/// <summary>A type reference: a named type, a list type or a non-null type.</summary>
public abstract class TypeNode : SyntaxNode
{
    private protected TypeNode(SyntaxKind kind, Location? location)
        : base(kind, location)
    {
    }
}
