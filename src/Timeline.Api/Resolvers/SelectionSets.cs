using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>What the request selects under the current field, so that costly parts (counts) run only when asked for.</summary>
internal static class SelectionSets
{
    /// <summary>
    /// True when a field of this name may be selected directly under the current field. A fragment spread is taken as
    /// selecting it: the fragment's body is not at hand here, and computing too much is safe where too little is not.
    /// </summary>
    public static bool MaySelect(IResolveFieldContext context, string fieldName)
    {
        foreach (var node in context.FieldNodes)
        {
            if (node.SelectionSet is { } set && Contains(set, fieldName)) return true;
        }

        return false;
    }

    private static bool Contains(SelectionSetNode set, string fieldName)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is FragmentSpreadNode) return true;
            if (selection is FieldNode field && field.Name.Value == fieldName) return true;
            if (selection is InlineFragmentNode inline && Contains(inline.SelectionSet, fieldName)) return true;
        }

        return false;
    }
}
