// Spec §5.4.2 Argument Uniqueness
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>No argument is given twice to one field or directive.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(UniqueArgumentNamesRule), c => new UniqueArgumentNamesRule(c));

    public override VisitAction EnterField(FieldNode node)
    {
        Check(node.Arguments);
        return VisitAction.Continue;
    }

    public override VisitAction EnterDirective(DirectiveNode node)
    {
        Check(node.Arguments);
        return VisitAction.Continue;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.ToList();
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{group.Key}\".", nodes.Select(a => a.Name));
            }
        }
    }
}
