using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// The default value declared where a value appears (an argument or input field), as graphql-js's
/// <c>TypeInfo.getDefaultValue()</c>: absent (<see cref="Exists"/> false) is distinct from a default of null.
/// </summary>
public readonly record struct DefaultValue(bool Exists, object? Value)
{
    public static DefaultValue Of(InputValueDefinition? definition) =>
        definition is { HasDefaultValue: true } ? new DefaultValue(true, definition.DefaultValue) : default;
}
