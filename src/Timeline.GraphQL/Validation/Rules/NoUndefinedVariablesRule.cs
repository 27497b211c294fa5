// Spec §5.8.3 All Variable Uses Defined
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Every variable an operation uses, in its fragments too, is defined by that operation.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(NoUndefinedVariablesRule), c => new NoUndefinedVariablesRule(c));

    public override VisitAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    node);
            }
        }

        return VisitAction.Continue;
    }
}
