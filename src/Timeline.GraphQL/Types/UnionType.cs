namespace Timeline.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly LazyDefinitions<ObjectType> types;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        this.types = new LazyDefinitions<ObjectType>(types, t => t.Name);
    }

    public UnionType(string name, IEnumerable<ObjectType> types)
        : this(name, () => types)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => types.Value.Items;

    /// <summary>Names the object type of a value; null means the default type resolver.</summary>
    public TypeResolver? ResolveType { get; init; }

    public bool HasMember(ObjectType type) => types.Value.Find(type?.Name ?? string.Empty) == type;
}
