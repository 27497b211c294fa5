namespace Timeline.GraphQL.Language;

public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null, int tokenCount = 0)
    : SyntaxNode(SyntaxKind.Document, location)
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    /// <summary>How many tokens the parser read (0 for documents built in code); useful for request limits.</summary>
    public int TokenCount { get; } = tokenCount;
}
