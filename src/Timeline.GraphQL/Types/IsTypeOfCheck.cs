namespace Timeline.GraphQL.Types;

/// <summary>Tells whether a value belongs to an object type; used when the abstract type has no <see cref="TypeResolver"/>.</summary>
public delegate bool IsTypeOfCheck(object? value, IResolveFieldContext context);
