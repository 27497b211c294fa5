// Spec §5.5.1.2 Fragment Spread Type Existence
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>Every type named in a variable definition or type condition exists in the schema (or is defined in the document).</summary>
public sealed class KnownTypeNamesRule : SyntaxVisitor
{
    private static readonly string[] StandardTypeNames =
        [.. SpecifiedScalars.All.Select(t => t.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    private readonly ValidationContext _context;
    private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames;

    public KnownTypeNamesRule(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes.Add(type.Name.Value);
            }
        }

        _typeNames = [.. context.Schema.TypeMap.Keys, .. _definedTypes];
    }

    public static ValidationRule Rule { get; } = new(nameof(KnownTypeNamesRule), c => new KnownTypeNamesRule(c));

    public override VisitAction EnterNamedType(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
        {
            return VisitAction.Continue;
        }

        // The top-level definition holding the reference: in type-system definitions the standard names are always known.
        var definition = Ancestors.Count > 1 ? Ancestors[1] : Parent;
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && StandardTypeNames.Contains(typeName, StringComparer.Ordinal))
        {
            return VisitAction.Continue;
        }

        var suggestions = _context.HideSuggestions
            ? []
            : SuggestionList.Suggest(typeName, isSdl ? StandardTypeNames.Concat(_typeNames) : _typeNames);
        _context.ReportError($"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestions), node);
        return VisitAction.Continue;
    }
}
