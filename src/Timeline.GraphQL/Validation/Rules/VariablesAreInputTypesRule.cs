// Spec §5.8.2 Variables Are Input Types
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>Variables are of scalar, enum or input object types (unknown types are KnownTypeNamesRule's).</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(VariablesAreInputTypesRule), c => new VariablesAreInputTypesRule(c));

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeFromAst.Convert(context.Schema, node.Type) is { IsInputType: false })
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                node.Type);
        }

        return VisitAction.Continue;
    }
}
