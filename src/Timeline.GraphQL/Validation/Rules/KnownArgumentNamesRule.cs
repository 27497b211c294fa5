// Spec §5.4.1 Argument Names
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>Every argument given to a field or directive is one it defines.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Dictionary<string, DirectiveSignature> _directives = DirectiveSignature.Collect(context.Schema, context.Document);

    public static ValidationRule Rule { get; } = new(nameof(KnownArgumentNamesRule), c => new KnownArgumentNamesRule(c));

    public override VisitAction EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (_directives.TryGetValue(name, out var directive))
        {
            foreach (var argument in node.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (!directive.ArgumentNames.Contains(argumentName, StringComparer.Ordinal))
                {
                    context.ReportError(
                        $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + Suggest(argumentName, directive.ArgumentNames),
                        argument);
                }
            }
        }

        // A directive's arguments are checked here; the field rule below must not see them.
        return VisitAction.Skip;
    }

    public override VisitAction EnterArgument(ArgumentNode node)
    {
        if (context.Argument is null && context.FieldDef is { } field && context.ParentType is { } parentType)
        {
            var argumentName = node.Name.Value;
            context.ReportError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType}.{field.Name}\"." + Suggest(argumentName, field.Arguments.Select(a => a.Name)),
                node);
        }

        return VisitAction.Continue;
    }

    private string Suggest(string input, IEnumerable<string> options) =>
        context.HideSuggestions ? string.Empty : DidYouMean.Format(SuggestionList.Suggest(input, options));
}
