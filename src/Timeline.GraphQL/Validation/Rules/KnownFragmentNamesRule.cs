// Spec §5.5.2.1 Fragment Spread Target Defined
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Every spread names a fragment the document defines.</summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(KnownFragmentNamesRule), c => new KnownFragmentNamesRule(c));

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }

        return VisitAction.Continue;
    }
}
