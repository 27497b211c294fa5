using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// What a rule sees while validating one document (graphql-js's ValidationContext): the schema and document,
/// the <see cref="TypeInfo"/> of the current node, fragments by name, the fragments an operation reaches,
/// the variable usages of operations and fragments (computed once and cached), and error reporting.
/// </summary>
public sealed class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = [];

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(onError);
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
        HideSuggestions = hideSuggestions;
        foreach (var definition in document.Definitions)
        {
            // The last of fragments sharing a name wins, as in graphql-js; UniqueFragmentNamesRule reports the clash.
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>Whether messages should leave out "Did you mean ...?" suggestions.</summary>
    public bool HideSuggestions { get; }

    public GraphQLType? Type => _typeInfo.Type;

    public NamedType? ParentType => _typeInfo.ParentType;

    public GraphQLType? InputType => _typeInfo.InputType;

    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public FieldDefinition? FieldDef => _typeInfo.FieldDef;

    public DirectiveDefinition? Directive => _typeInfo.Directive;

    public InputValueDefinition? Argument => _typeInfo.Argument;

    public EnumValueDefinition? EnumValue => _typeInfo.EnumValue;

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _onError(error);
    }

    /// <summary>Reports an error located at the given nodes.</summary>
    public void ReportError(string message, params ReadOnlySpan<SyntaxNode?> nodes) => ReportError(GraphQLError.AtNodes(message, nodes));

    /// <summary>Reports an error located at each of the nodes, in order.</summary>
    public void ReportError(string message, IEnumerable<SyntaxNode> nodes) => ReportError(GraphQLError.AtNodes(message, [.. nodes]));

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in a selection set, inline fragments included, not following spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        pending.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    default:
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment an operation reaches through spreads, directly or through other fragments, once each.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursivelyReferencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _recursivelyReferencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used in an operation or fragment (not following spreads), with the input type expected at each.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        SyntaxWalker.Walk(definition, new TypeInfoVisitor(collector.TypeInfo, collector));
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used in an operation and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}
