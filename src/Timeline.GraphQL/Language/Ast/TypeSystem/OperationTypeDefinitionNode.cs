namespace Timeline.GraphQL.Language;

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
    : SyntaxNode(SyntaxKind.OperationTypeDefinition, location)
{
    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;
}
