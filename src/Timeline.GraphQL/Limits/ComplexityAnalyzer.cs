using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Limits;

/// <summary>
/// Measures an operation with its fragments expanded: depth, cost and aliases. The walk stops as soon as any limit is
/// passed, and a budget of visited selections stops fragment bombs that only spread introspection fields (which cost nothing).
/// </summary>
internal sealed class ComplexityAnalyzer
{
    private const int VisitBudget = 200_000;
    private readonly Schema schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> fragments;
    private readonly IReadOnlyDictionary<string, object?> variables;
    private readonly ExecutionLimits limits;
    private readonly HashSet<string> spreading = new(StringComparer.Ordinal);
    private int maxDepth;
    private long cost;
    private int aliases;
    private int visits;
    private bool dependsOnVariables;
    private bool stopped;

    private ComplexityAnalyzer(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, ExecutionLimits limits)
    {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
        this.limits = limits;
    }

    public static OperationComplexity Measure(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionLimits limits)
    {
        var analyzer = new ComplexityAnalyzer(schema, fragments, variables, limits);
        analyzer.Walk(operation.SelectionSet, schema.GetRootType(operation.Operation), 1, introspection: false);
        return new OperationComplexity(analyzer.maxDepth, analyzer.cost, analyzer.aliases, analyzer.dependsOnVariables, analyzer.stopped);
    }

    /// <summary>The cost of the selection set; stops early (setting <see cref="stopped"/>) once a limit is passed.</summary>
    private long Walk(SelectionSetNode selectionSet, NamedType? parentType, int depth, bool introspection)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (stopped)
            {
                return total;
            }

            if (++visits > VisitBudget)
            {
                stopped = true;
                cost = Math.Max(cost, (long)limits.MaxCost + 1);
                return total;
            }

            switch (selection)
            {
                case FieldNode field:
                    total += WalkField(field, parentType, depth, introspection);
                    break;
                case InlineFragmentNode inline:
                    total += Walk(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, depth, introspection);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (fragments.TryGetValue(name, out var fragment) && spreading.Add(name))
                    {
                        total += Walk(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parentType, depth, introspection);
                        spreading.Remove(name);
                    }

                    break;
            }
        }

        return total;
    }

    private long WalkField(FieldNode field, NamedType? parentType, int depth, bool introspection)
    {
        maxDepth = Math.Max(maxDepth, depth);
        if (field.Alias is not null)
        {
            aliases++;
        }

        if (maxDepth > limits.MaxDepth || aliases > limits.MaxAliases)
        {
            stopped = true;
            return 0;
        }

        introspection |= field.Name.Value.StartsWith("__", StringComparison.Ordinal);
        var definition = parentType is null ? null : MetaFields.GetFieldDefinition(schema, parentType, field.Name.Value);
        long own = introspection ? 0 : 1;
        if (field.SelectionSet is { } children)
        {
            var multiplier = definition is not null && definition.Type.NullableType is ListType ? PageSize(field) : 1;
            own += multiplier * Walk(children, definition?.Type.GetNamedType(), depth + 1, introspection);
        }

        cost += introspection ? 0 : 1;
        if (own > limits.MaxCost || cost > limits.MaxCost)
        {
            cost = Math.Max(cost, own);
            stopped = true;
        }

        return own;
    }

    /// <summary>The items a list field asks for: its <c>first</c> or <c>last</c> argument, else one.</summary>
    private long PageSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is not ("first" or "last"))
            {
                continue;
            }

            switch (argument.Value)
            {
                case IntValueNode literal when long.TryParse(literal.Value, out var count):
                    return Math.Max(count, 0);
                case VariableNode variable:
                    dependsOnVariables = true;
                    if (variables.TryGetValue(variable.Name.Value, out var value) && value is int or long)
                    {
                        return Math.Max(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), 0);
                    }

                    break;
            }
        }

        return 1;
    }

    private NamedType? TypeOf(NamedTypeNode? condition) => condition is null ? null : schema.GetType(condition.Name.Value);
}
