namespace Timeline.GraphQL.Language;

public sealed class ArgumentNode(NameNode name, ValueNode value, Location? location = null)
    : SyntaxNode(SyntaxKind.Argument, location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
