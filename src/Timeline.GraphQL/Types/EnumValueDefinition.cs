using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>A value of an enum type: its name in GraphQL and the runtime value resolvers see (the name itself unless given).</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = NameValidator.AssertName(name, nameof(name));
        Value = value ?? name;
    }

    public string Name { get; }

    public object Value { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => Name;
}
