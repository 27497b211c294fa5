// Spec §5.5.1.3 Fragments on Object, Interface or Union Types
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>Fragments condition on object, interface or union types only (unknown types are KnownTypeNamesRule's).</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(FragmentsOnCompositeTypesRule), c => new FragmentsOnCompositeTypesRule(c));

    public override VisitAction EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition
            && TypeFromAst.Convert(context.Schema, typeCondition) is { IsCompositeType: false })
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", typeCondition);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (TypeFromAst.Convert(context.Schema, node.TypeCondition) is { IsCompositeType: false })
        {
            context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        }

        return VisitAction.Continue;
    }
}
