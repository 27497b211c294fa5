using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Limits;

/// <summary>Turns a measured operation into the request error of the first limit it passes, if any.</summary>
internal static class LimitChecker
{
    public static GraphQLError? CheckDocumentLength(string query, ExecutionLimits limits) =>
        query.Length > limits.MaxDocumentLength
            ? Error($"The document is {query.Length} characters long, more than the maximum of {limits.MaxDocumentLength}.", ErrorCodes.DocumentTooLarge)
            : null;

    /// <summary>Measures the operation (once, when its size does not depend on variables) and checks it.</summary>
    public static GraphQLError? Check(Schema schema, PreparedDocument document, PreparedOperation operation, IReadOnlyDictionary<string, object?> variables, ExecutionLimits limits)
    {
        var measured = operation.StaticComplexity;
        if (measured is null)
        {
            measured = ComplexityAnalyzer.Measure(schema, operation.Operation, document.Fragments, variables, limits);
            if (!measured.DependsOnVariables)
            {
                operation.StaticComplexity = measured;
            }
        }

        return Check(measured, limits);
    }

    public static GraphQLError? Check(OperationComplexity measured, ExecutionLimits limits)
    {
        if (measured.Depth > limits.MaxDepth)
        {
            return Error($"The operation is nested {measured.Depth} fields deep, more than the maximum depth of {limits.MaxDepth}.", ErrorCodes.MaxDepthExceeded);
        }

        if (measured.Aliases > limits.MaxAliases)
        {
            return Error($"The operation uses {measured.Aliases} aliases, more than the maximum of {limits.MaxAliases}.", ErrorCodes.MaxAliasesExceeded);
        }

        if (measured.Cost > limits.MaxCost)
        {
            return Error($"The operation selects {measured.Cost} fields or more (counting each list item asked for), more than the maximum cost of {limits.MaxCost}.", ErrorCodes.MaxCostExceeded);
        }

        return null;
    }

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
