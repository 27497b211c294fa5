namespace Timeline.GraphQL.Types;

/// <summary>What object and interface types share: fields (looked up in O(1)) and implemented interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly LazyDefinitions<FieldDefinition> fields;
    private readonly LazyDefinitions<InterfaceType> interfaces;

    private protected ComplexType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        this.fields = new LazyDefinitions<FieldDefinition>(fields, f => f.Name);
        this.interfaces = new LazyDefinitions<InterfaceType>(interfaces ?? (() => []), i => i.Name);
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => fields.Value.Items;

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => interfaces.Value.Items;

    public FieldDefinition? GetField(string name) => fields.Value.Find(name);

    public bool TryGetField(string name, out FieldDefinition field)
    {
        field = fields.Value.Find(name)!;
        return field is not null;
    }

    /// <summary>Whether the interface is among the declared ones.</summary>
    public bool Implements(InterfaceType type) => interfaces.Value.Find(type?.Name ?? string.Empty) == type;
}
