using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

internal sealed class InputObjectTypeDescriptor : IInputObjectTypeDescriptor
{
    private readonly List<ArgumentDescriptor> fields = [];
    private string? description;
    private bool oneOf;

    public string TypeName { get; private set; } = string.Empty;

    public IInputObjectTypeDescriptor Name(string name)
    {
        TypeName = name;
        return this;
    }

    public IInputObjectTypeDescriptor Description(string description)
    {
        this.description = description;
        return this;
    }

    public IInputObjectTypeDescriptor OneOf()
    {
        oneOf = true;
        return this;
    }

    public IInputObjectTypeDescriptor Field(string name, string sdlType, Action<IArgumentDescriptor>? configure = null)
    {
        var field = new ArgumentDescriptor(name, new TypeReference.Sdl(sdlType));
        configure?.Invoke(field);
        fields.Add(field);
        return this;
    }

    public InputObjectType Build(TypeResolution types) =>
        new(TypeName, () => fields.Select(f => f.Build(types, TypeName)).ToList())
        {
            Description = description,
            IsOneOf = oneOf,
        };
}
