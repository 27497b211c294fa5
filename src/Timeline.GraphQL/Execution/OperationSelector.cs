using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Execution;

/// <summary>The spec's GetOperation (§6.1): the operation a request names, or the only one.</summary>
internal static class OperationSelector
{
    public static OperationDefinitionNode? Select(IReadOnlyList<OperationDefinitionNode> operations, string? operationName, out GraphQLError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = new GraphQLError(
                operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                extensions: Code(ErrorCodes.UnknownOperation));
            return null;
        }

        foreach (var operation in operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        error = new GraphQLError($"Unknown operation named \"{operationName}\".", extensions: Code(ErrorCodes.UnknownOperation));
        return null;
    }

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}
