// Spec §5.3.2 Field Selection Merging
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Fields that share a response key in a selection set (fragments included) can be merged: the same field with
/// the same arguments, unless their parents are different object types, and types that agree in shape.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : SyntaxVisitor
{
    private readonly ConflictFinder _finder = new(context);

    public static ValidationRule Rule { get; } = new(nameof(OverlappingFieldsCanBeMergedRule), c => new OverlappingFieldsCanBeMergedRule(c));

    public override VisitAction EnterSelectionSet(SelectionSetNode node)
    {
        foreach (var conflict in _finder.FindWithinSelectionSet(context.ParentType, node))
        {
            context.ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {conflict.Reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                conflict.Fields1.Concat(conflict.Fields2));
        }

        return VisitAction.Continue;
    }
}
