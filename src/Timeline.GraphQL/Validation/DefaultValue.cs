using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// The default value declared where a value appears (an argument or input field), as graphql-js's
/// <c>TypeInfo.getDefaultValue()</c>: absent (<see cref="Exists"/> false) is distinct from a default of null.
/// The value itself is coerced only when asked for, since validation mostly needs to know that one exists.
/// </summary>
public readonly record struct DefaultValue(InputValueDefinition? Definition)
{
    public bool Exists => Definition is { HasDefaultValue: true };

    public object? Value => Exists ? Definition!.DefaultValue : null;

    public static DefaultValue Of(InputValueDefinition? definition) => new(definition);
}
