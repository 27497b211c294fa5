namespace Timeline.GraphQL.Language;

/// <summary><c>name: value</c> inside an object value.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location? location = null)
    : SyntaxNode(SyntaxKind.ObjectField, location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
