namespace Timeline.GraphQL.Language;

/// <summary><c>Type!</c>; the inner type is a named or list type, never another non-null type.</summary>
public sealed class NonNullTypeNode(TypeNode type, Location? location = null) : TypeNode(SyntaxKind.NonNullType, location)
{
    public TypeNode Type { get; } = type;
}
