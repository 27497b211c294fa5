namespace Timeline.GraphQL.Types;

/// <summary>Produces a field's value. Return a completed <see cref="ValueTask{TResult}"/> for synchronous values: it does not allocate.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);
