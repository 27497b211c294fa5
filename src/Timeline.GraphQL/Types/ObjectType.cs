namespace Timeline.GraphQL.Types;

/// <summary>An object type: the concrete shape of values in responses.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public ObjectType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Tells whether a value is of this type, for abstract types without a type resolver.</summary>
    public IsTypeOfCheck? IsTypeOf { get; init; }

    /// <summary>The CLR type bound to this object type in code-first schemas; the default type resolver matches values against it.</summary>
    public Type? RuntimeType { get; init; }
}
