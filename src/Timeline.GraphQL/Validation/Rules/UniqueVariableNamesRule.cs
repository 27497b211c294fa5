// Spec §5.8.1 Variable Uniqueness
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>No two variables of an operation share a name.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(UniqueVariableNamesRule), c => new UniqueVariableNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            var definitions = group.ToList();
            if (definitions.Count > 1)
            {
                context.ReportError(
                    $"There can be only one variable named \"${group.Key}\".",
                    definitions.Select(d => d.Variable.Name));
            }
        }

        return VisitAction.Continue;
    }
}
