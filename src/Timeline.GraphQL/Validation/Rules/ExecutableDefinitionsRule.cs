// Spec §5.1.1 Executable Definitions
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>A document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(ExecutableDefinitionsRule), c => new ExecutableDefinitionsRule(c));

    public override VisitAction EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "schema",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return VisitAction.Skip;
    }
}
