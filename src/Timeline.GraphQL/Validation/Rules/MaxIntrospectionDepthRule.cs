// Not in the spec's validation section: graphql-js's guard against costly introspection, on by default.
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Refuses introspection that nests the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> three deep under <c>__schema</c> or <c>__type</c>: such queries grow with the schema's size
/// to the power of the depth. The standard introspection query nests them at most twice.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : SyntaxVisitor
{
    private const int MaxDepth = 3;

    public static ValidationRule Rule { get; } = new(nameof(MaxIntrospectionDepthRule), c => new MaxIntrospectionDepthRule(c));

    public override VisitAction EnterField(FieldNode node)
    {
        if (node.Name.Value is "__schema" or "__type"
            && IsTooDeep(node, new HashSet<string>(StringComparer.Ordinal), 0))
        {
            context.ReportError("Maximum introspection depth exceeded", node);
            return VisitAction.Skip;
        }

        return VisitAction.Continue;
    }

    private bool IsTooDeep(SyntaxNode node, HashSet<string> visitingFragments, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;

                // Cycles and unknown fragments are other rules' errors; visiting a fragment again, not inside itself, is fine.
                if (visitingFragments.Contains(name) || context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visitingFragments.Add(name);
                try
                {
                    return IsTooDeep(fragment, visitingFragments, depth);
                }
                finally
                {
                    visitingFragments.Remove(name);
                }

            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxDepth)
                {
                    return true;
                }

                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            case FragmentDefinitionNode definition:
                selectionSet = definition.SelectionSet;
                break;
            default:
                selectionSet = null;
                break;
        }

        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (IsTooDeep(child, visitingFragments, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
