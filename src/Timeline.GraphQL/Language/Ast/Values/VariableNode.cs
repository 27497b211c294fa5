namespace Timeline.GraphQL.Language;

/// <summary><c>$name</c>.</summary>
public sealed class VariableNode(NameNode name, Location? location = null) : ValueNode(SyntaxKind.Variable, location)
{
    public NameNode Name { get; } = name;
}
