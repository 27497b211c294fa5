namespace Timeline.GraphQL.Types;

/// <summary>An interface type; it may itself implement interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public InterfaceType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the object type of a value; null means the default type resolver.</summary>
    public TypeResolver? ResolveType { get; init; }
}
