using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The values of the variables that <c>@skip</c> and <c>@include</c> read, which decide the shape of a plan.
/// A plan is built once for each combination of those values, so the key is one bit per such variable.
/// </summary>
internal sealed class ExecutionConditions
{
    public static readonly ExecutionConditions None = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, object?> variables;

    public ExecutionConditions(IReadOnlyDictionary<string, object?> variables)
    {
        this.variables = variables;
    }

    /// <summary>Whether a selection stays: not skipped by <c>@skip(if: true)</c> and not dropped by <c>@include(if: false)</c>.</summary>
    public bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == "skip")
            {
                if (IsTrue(directive))
                {
                    return false;
                }
            }
            else if (name == "include" && !IsTrue(directive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key of a combination: bit i is set when the i-th condition variable is true; -1 when there are too many to key.</summary>
    public static long KeyOf(IReadOnlyList<string> conditionVariables, IReadOnlyDictionary<string, object?> values)
    {
        if (conditionVariables.Count > 62)
        {
            return -1;
        }

        long key = 0;
        for (var i = 0; i < conditionVariables.Count; i++)
        {
            if (values.TryGetValue(conditionVariables[i], out var value) && value is true)
            {
                key |= 1L << i;
            }
        }

        return key;
    }

    /// <summary>Adds the names of the variables used by <c>@skip</c>/<c>@include</c> among <paramref name="directives"/>.</summary>
    public static void CollectVariables(IReadOnlyList<DirectiveNode> directives, List<string> names)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                {
                    names.Add(variable.Name.Value);
                }
            }
        }
    }

    private bool IsTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) && value is true,
                _ => false,
            };
        }

        return false;
    }
}
