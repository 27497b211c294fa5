using System.Collections.Concurrent;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Limits;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// One operation of a cached document: the variables its <c>@skip</c>/<c>@include</c> read, its plans (one per
/// combination of their values) and its measured size, kept so that a repeated request neither plans nor measures again.
/// </summary>
internal sealed class PreparedOperation
{
    private readonly ConcurrentDictionary<long, OperationPlan> plans = new();
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> fragments;
    private readonly Schema schema;

    public PreparedOperation(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        this.schema = schema;
        this.fragments = fragments;
        Operation = operation;
        RootType = schema.GetRootType(operation.Operation);
        ConditionVariables = FindConditionVariables(operation, fragments);
    }

    public OperationDefinitionNode Operation { get; }

    /// <summary>Null when the schema has no root type for this kind of operation.</summary>
    public ObjectType? RootType { get; }

    public IReadOnlyList<string> ConditionVariables { get; }

    /// <summary>The measured size when it does not depend on variables; set once by the limits check.</summary>
    public OperationComplexity? StaticComplexity { get; set; }

    public OperationPlan GetPlan(IReadOnlyDictionary<string, object?> variables)
    {
        if (ConditionVariables.Count == 0)
        {
            return plans.TryGetValue(0, out var plan) ? plan : plans.GetOrAdd(0, _ => Build(ExecutionConditions.None));
        }

        var key = ExecutionConditions.KeyOf(ConditionVariables, variables);
        var conditions = new ExecutionConditions(variables);
        return key < 0 ? Build(conditions) : plans.GetOrAdd(key, _ => Build(conditions));
    }

    private OperationPlan Build(ExecutionConditions conditions)
    {
        var context = new PlanContext(schema, fragments, conditions);
        return new OperationPlan(Operation, RootType!, new SelectionSetPlan(context, [Operation.SelectionSet]));
    }

    private static List<string> FindConditionVariables(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                ExecutionConditions.CollectVariables(selection.Directives, names);
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }:
                        pending.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return names;
    }
}
