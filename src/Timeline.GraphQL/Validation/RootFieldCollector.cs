using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Groups the fields an operation selects on its root type by response key, following fragments whose type
/// condition applies (the spec's CollectFields). Without variable values, only literal <c>@skip(if: true)</c>
/// and <c>@include(if: false)</c> leave a selection out.
/// </summary>
internal static class RootFieldCollector
{
    public static OrderedDictionary<string, List<FieldNode>> Collect(ValidationContext context, ObjectType rootType, SelectionSetNode selectionSet)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(context, rootType, selectionSet, grouped, new HashSet<string>(StringComparer.Ordinal));
        return grouped;
    }

    private static void Collect(
        ValidationContext context,
        ObjectType rootType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> grouped,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsExcluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!grouped.TryGetValue(field.ResponseKey, out var fields))
                    {
                        fields = [];
                        grouped[field.ResponseKey] = fields;
                    }

                    fields.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (Applies(context, inline.TypeCondition, rootType))
                    {
                        Collect(context, rootType, inline.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(context, fragment.TypeCondition, rootType))
                    {
                        Collect(context, rootType, fragment.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = TypeFromAst.Convert(context.Schema, typeCondition);
        return ReferenceEquals(conditionType, type)
            || (conditionType is NamedType { IsAbstractType: true } abstractType && context.Schema.IsSubType(abstractType, type));
    }

    private static bool IsExcluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition?.Value == true)
                || (directive.Name.Value == "include" && condition?.Value == false))
            {
                return true;
            }
        }

        return false;
    }
}
