namespace Timeline.GraphQL.Language;

public sealed class NamedTypeNode(NameNode name, Location? location = null) : TypeNode(SyntaxKind.NamedType, location)
{
    public NameNode Name { get; } = name;
}
