// Spec §5.4.3 Required Arguments
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Every non-null argument without a default is given, to fields and to directives.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Dictionary<string, DirectiveSignature> _directives = DirectiveSignature.Collect(context.Schema, context.Document);

    public static ValidationRule Rule { get; } = new(nameof(ProvidedRequiredArgumentsRule), c => new ProvidedRequiredArgumentsRule(c));

    public override VisitAction LeaveField(FieldNode node)
    {
        if (context.FieldDef is not { } field)
        {
            return VisitAction.Continue;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !node.Arguments.Any(a => a.Name.Value == argument.Name))
            {
                context.ReportError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }

        return VisitAction.Continue;
    }

    public override VisitAction LeaveDirective(DirectiveNode node)
    {
        if (!_directives.TryGetValue(node.Name.Value, out var directive))
        {
            return VisitAction.Continue;
        }

        foreach (var (name, type) in directive.RequiredArguments)
        {
            if (!node.Arguments.Any(a => a.Name.Value == name))
            {
                context.ReportError(
                    $"Directive \"@{directive.Name}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                    node);
            }
        }

        return VisitAction.Continue;
    }
}
