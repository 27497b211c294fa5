namespace Timeline.GraphQL.Execution;

/// <summary>The operation kinds a request may run.</summary>
[Flags]
public enum AllowedOperations
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
