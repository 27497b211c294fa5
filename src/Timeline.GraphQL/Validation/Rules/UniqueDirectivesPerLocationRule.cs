// Spec §5.7.3 Directives Are Unique per Location
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// A non-repeatable directive appears at most once per location. The schema and each named type count as one
/// location across their definition and extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Dictionary<string, DirectiveSignature> _directives = DirectiveSignature.Collect(context.Schema, context.Document);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueDirectivesPerLocationRule), c => new UniqueDirectivesPerLocationRule(c));

    public override VisitAction Enter(SyntaxNode node)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } holder)
        {
            return VisitAction.Continue;
        }

        Dictionary<string, DirectiveNode> seen;
        if (node is SchemaDefinitionNode or SchemaExtensionNode)
        {
            seen = _schemaDirectives;
        }
        else if (TypeName(node) is { } typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out seen!))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                _typeDirectives[typeName] = seen;
            }
        }
        else
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        foreach (var directive in holder.Directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var signature) || signature.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return VisitAction.Continue;
    }

    private static string? TypeName(SyntaxNode node) => node switch
    {
        TypeDefinitionNode definition => definition.Name.Value,
        TypeExtensionNode extension => extension.Name.Value,
        _ => null,
    };
}
