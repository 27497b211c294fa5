using System.Reflection;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>Collects an object or interface type's description; <see cref="BuildObject"/> and <see cref="BuildInterface"/> make the type.</summary>
internal class ObjectTypeDescriptor(string name) : IObjectTypeDescriptor
{
    private readonly List<string> interfaces = [];
    private string? description;
    private IsTypeOfCheck? isTypeOf;

    public string TypeName { get; private set; } = name;

    public TypeResolver? TypeResolver { get; set; }

    public virtual Type? RuntimeType => null;

    protected List<FieldDescriptor> Fields { get; } = [];

    public IObjectTypeDescriptor Name(string name)
    {
        TypeName = name;
        return this;
    }

    public IObjectTypeDescriptor Description(string description)
    {
        this.description = description;
        return this;
    }

    public IObjectTypeDescriptor ImplementsInterface(string interfaceName)
    {
        interfaces.Add(interfaceName);
        return this;
    }

    public IObjectTypeDescriptor IsTypeOf(IsTypeOfCheck check)
    {
        isTypeOf = check;
        return this;
    }

    public IFieldDescriptor Field(string name)
    {
        var existing = Fields.FirstOrDefault(f => f.FieldName == name);
        if (existing is not null)
        {
            return existing;
        }

        var field = new FieldDescriptor(name);
        Fields.Add(field);
        return field;
    }

    public ObjectType BuildObject(TypeResolution types) =>
        new(TypeName, () => BuildFields(types), () => BuildInterfaces(types))
        {
            Description = description,
            IsTypeOf = isTypeOf,
            RuntimeType = RuntimeType,
        };

    public InterfaceType BuildInterface(TypeResolution types) =>
        new(TypeName, () => BuildFields(types), () => BuildInterfaces(types))
        {
            Description = description,
            ResolveType = TypeResolver,
        };

    protected virtual IEnumerable<FieldDescriptor> AllFields() => Fields;

    private List<FieldDefinition> BuildFields(TypeResolution types) => AllFields().Select(f => f.Build(types, TypeName)).ToList();

    private List<InterfaceType> BuildInterfaces(TypeResolution types)
    {
        var result = new List<InterfaceType>();
        foreach (var name in interfaces)
        {
            if (types.Find(name) is InterfaceType iface)
            {
                result.Add(iface);
            }
            else
            {
                types.Missing($"Type {TypeName} implements \"{name}\", which is not a registered interface type.");
            }
        }

        return result;
    }
}
