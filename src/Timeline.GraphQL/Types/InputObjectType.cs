namespace Timeline.GraphQL.Types;

/// <summary>An input object type; with <see cref="IsOneOf"/> exactly one field must be given, and not null.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly LazyDefinitions<InputValueDefinition> fields;

    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        this.fields = new LazyDefinitions<InputValueDefinition>(fields, f => f.Name);
    }

    public InputObjectType(string name, IEnumerable<InputValueDefinition> fields)
        : this(name, () => fields)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public bool IsOneOf { get; init; }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => fields.Value.Items;

    public InputValueDefinition? GetField(string name) => fields.Value.Find(name);
}
