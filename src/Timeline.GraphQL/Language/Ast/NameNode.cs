namespace Timeline.GraphQL.Language;

public sealed class NameNode(string value, Location? location = null) : SyntaxNode(SyntaxKind.Name, location)
{
    public string Value { get; } = value;
}
