// Spec §5.8.4 All Variables Used
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Every variable an operation defines is used by it or by the fragments it reaches.</summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(NoUnusedVariablesRule), c => new NoUnusedVariablesRule(c));

    public override VisitAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var used = context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }

        return VisitAction.Continue;
    }
}
