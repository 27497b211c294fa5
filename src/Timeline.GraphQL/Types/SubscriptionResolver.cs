namespace Timeline.GraphQL.Types;

/// <summary>Produces the event stream of a subscription root field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);
