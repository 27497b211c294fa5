// Spec §5.5.2.3 Fragment Spread Is Possible
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>A fragment is spread only where some object type could satisfy both its type condition and the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(PossibleFragmentSpreadsRule), c => new PossibleFragmentSpreadsRule(c));

    public override VisitAction EnterInlineFragment(InlineFragmentNode node)
    {
        if (context.Type is NamedType { IsCompositeType: true } fragmentType
            && context.ParentType is { IsCompositeType: true } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (FragmentType(name) is { } fragmentType
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node);
        }

        return VisitAction.Continue;
    }

    private NamedType? FragmentType(string name) =>
        context.GetFragment(name) is { } fragment
        && TypeFromAst.Convert(context.Schema, fragment.TypeCondition) is NamedType { IsCompositeType: true } type
            ? type
            : null;
}
