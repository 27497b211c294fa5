namespace Timeline.GraphQL.Types;

/// <summary>Names the object type of a value returned for an interface or union field; null when it cannot tell.</summary>
public delegate ValueTask<string?> TypeResolver(object? value, IResolveFieldContext context, NamedType abstractType);
