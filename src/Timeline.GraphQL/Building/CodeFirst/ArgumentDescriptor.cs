using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

internal sealed class ArgumentDescriptor(string name, TypeReference typeReference) : IArgumentDescriptor
{
    private string? description;
    private object? defaultValue;
    private bool hasDefault;
    private string? deprecationReason;

    public string Name { get; } = name;

    public IArgumentDescriptor Description(string description)
    {
        this.description = description;
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        defaultValue = value;
        hasDefault = true;
        return this;
    }

    public IArgumentDescriptor Deprecated(string? reason = null)
    {
        deprecationReason = reason ?? SpecifiedDirectives.DefaultDeprecationReason;
        return this;
    }

    public InputValueDefinition Build(TypeResolution types, string owner)
    {
        var type = types.Resolve(typeReference, $"the type of {owner}({Name}:)");
        return hasDefault
            ? new InputValueDefinition(Name, type) { Description = description, DefaultValue = defaultValue, DeprecationReason = deprecationReason }
            : new InputValueDefinition(Name, type) { Description = description, DeprecationReason = deprecationReason };
    }
}
