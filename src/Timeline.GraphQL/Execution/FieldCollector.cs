using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields (§6.3.2): the fields of one or more selection sets for a runtime object type, grouped by
/// response key in first-seen order, honouring <c>@skip</c>/<c>@include</c>, fragment spreads (each once) and type conditions.
/// </summary>
internal static class FieldCollector
{
    public static List<KeyValuePair<string, List<FieldNode>>> Collect(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        ExecutionConditions conditions,
        ObjectType type,
        IEnumerable<SelectionSetNode> selectionSets)
    {
        var groups = new List<KeyValuePair<string, List<FieldNode>>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(schema, fragments, conditions, type, selectionSet, groups, index, ref visitedFragments);
        }

        return groups;
    }

    private static void CollectInto(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        ExecutionConditions conditions,
        ObjectType type,
        SelectionSetNode selectionSet,
        List<KeyValuePair<string, List<FieldNode>>> groups,
        Dictionary<string, int> index,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !conditions.ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (index.TryGetValue(key, out var at))
                    {
                        groups[at].Value.Add(field);
                    }
                    else
                    {
                        index[key] = groups.Count;
                        groups.Add(new(key, [field]));
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || ConditionMatches(schema, inline.TypeCondition, type))
                    {
                        CollectInto(schema, fragments, conditions, type, inline.SelectionSet, groups, index, ref visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(name))
                    {
                        break;
                    }

                    if (fragments.TryGetValue(name, out var fragment) && ConditionMatches(schema, fragment.TypeCondition, type))
                    {
                        CollectInto(schema, fragments, conditions, type, fragment.SelectionSet, groups, index, ref visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode condition, ObjectType type)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        if (conditionType is null)
        {
            return false;
        }

        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType.IsAbstractType && schema.IsSubType(conditionType, type);
    }
}
