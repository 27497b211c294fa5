namespace Timeline.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a list / non-null wrapper around one.
/// Wrappers are cached on the wrapped type, so <c>t.AsList()</c> twice returns the same instance.
/// </summary>
public abstract class GraphQLType
{
    private ListType? listOf;
    private NonNullType? nonNullOf;

    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrapping.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>This type without a non-null wrapper at the top.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsNonNull => this is NonNullType;

    public bool IsList => this is ListType;

    /// <summary>Scalars, enums and input objects (possibly wrapped) may be used as inputs.</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Everything but input objects (possibly wrapped) may be used as outputs.</summary>
    public bool IsOutputType => GetNamedType() is not InputObjectType;

    /// <summary>A scalar or an enum, not wrapped.</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>An object, interface or union, not wrapped.</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>An interface or union, not wrapped.</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The list of this type, cached.</summary>
    public ListType AsList() => listOf ??= new ListType(this);

    /// <summary>The non-null form of this type, cached; throws for a type that is already non-null.</summary>
    public NonNullType AsNonNull() => nonNullOf ??= new NonNullType(this);

    /// <summary>The type as written in SDL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
