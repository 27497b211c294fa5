namespace Timeline.GraphQL.Building;

/// <summary>Describes an argument of a field, or a field of an input object.</summary>
public interface IArgumentDescriptor
{
    IArgumentDescriptor Description(string description);

    /// <summary>The default as the runtime value a resolver receives (for an enum, its runtime value).</summary>
    IArgumentDescriptor DefaultValue(object? value);

    IArgumentDescriptor Deprecated(string? reason = null);
}
