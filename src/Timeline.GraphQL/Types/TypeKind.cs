namespace Timeline.GraphQL.Types;

/// <summary>The kinds of GraphQL types, in the order of the introspection enum <c>__TypeKind</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are named after the GraphQL type kinds.")]
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
