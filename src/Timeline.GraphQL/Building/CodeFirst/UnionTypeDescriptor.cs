using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

internal sealed class UnionTypeDescriptor : IUnionTypeDescriptor
{
    private readonly List<string> members = [];
    private string? description;
    private TypeResolver? resolver;

    public string TypeName { get; private set; } = string.Empty;

    public IUnionTypeDescriptor Name(string name)
    {
        TypeName = name;
        return this;
    }

    public IUnionTypeDescriptor Description(string description)
    {
        this.description = description;
        return this;
    }

    public IUnionTypeDescriptor Types(params string[] objectTypeNames)
    {
        members.AddRange(objectTypeNames);
        return this;
    }

    public IUnionTypeDescriptor ResolveType(TypeResolver resolver)
    {
        this.resolver = resolver;
        return this;
    }

    public UnionType Build(TypeResolution types) =>
        new(TypeName, () => members.Select(m => types.Find(m) as ObjectType ?? Missing(types, m)).OfType<ObjectType>().ToList())
        {
            Description = description,
            ResolveType = resolver,
        };

    private ObjectType? Missing(TypeResolution types, string member)
    {
        types.Missing($"Union type {TypeName} includes \"{member}\", which is not a registered object type.");
        return null;
    }
}
