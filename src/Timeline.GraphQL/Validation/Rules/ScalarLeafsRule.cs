// Spec §5.3.3 Leaf Field Selections
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Fields of scalar and enum types have no selection set; fields of other types must have one.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(ScalarLeafsRule), c => new ScalarLeafsRule(c));

    public override VisitAction EnterField(FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return VisitAction.Continue;
        }

        var fieldName = node.Name.Value;
        if (type.GetNamedType().IsLeafType)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node);
        }

        return VisitAction.Continue;
    }
}
