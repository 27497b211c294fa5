namespace Timeline.GraphQL.Language;

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode(TypeNode type, Location? location = null) : TypeNode(SyntaxKind.ListType, location)
{
    public TypeNode Type { get; } = type;
}
