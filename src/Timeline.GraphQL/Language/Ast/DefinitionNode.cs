namespace Timeline.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    private protected DefinitionNode(SyntaxKind kind, Location? location)
        : base(kind, location)
    {
    }
}
