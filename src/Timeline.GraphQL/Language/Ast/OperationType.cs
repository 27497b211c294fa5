namespace Timeline.GraphQL.Language;

/// <summary>The three operation types; printed in lower case ("query", "mutation", "subscription").</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
