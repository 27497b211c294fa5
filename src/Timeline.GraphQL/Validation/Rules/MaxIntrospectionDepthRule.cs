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

    // A fragment's answer depends only on the depth it is entered at (0 to MaxDepth - 1), so it is computed once
    // per depth: without this, fragments spreading each other twice over take time exponential in their number.
    private readonly Dictionary<(string Fragment, int Depth), bool> fragmentAnswers = [];

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

                if (fragmentAnswers.TryGetValue((name, depth), out var known))
                {
                    return known;
                }

                visitingFragments.Add(name);
                try
                {
                    var answer = IsTooDeep(fragment, visitingFragments, depth);
                    fragmentAnswers[(name, depth)] = answer;
                    return answer;
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
