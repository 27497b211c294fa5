// Spec §5.5.1.1 Fragment Name Uniqueness
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>No two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueFragmentNamesRule), c => new UniqueFragmentNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Skip;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }

        return VisitAction.Skip;
    }
}
