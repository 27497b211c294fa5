namespace Timeline.GraphQL.Language;

/// <summary>Converts <see cref="OperationType"/> to and from its keyword.</summary>
public static class OperationTypes
{
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };

    public static bool TryParse(string keyword, out OperationType operation)
    {
        switch (keyword)
        {
            case "query": operation = OperationType.Query; return true;
            case "mutation": operation = OperationType.Mutation; return true;
            case "subscription": operation = OperationType.Subscription; return true;
            default: operation = default; return false;
        }
    }
}
