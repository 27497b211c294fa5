// Spec §5.2.2.1 Operation Name Uniqueness
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>No two operations share a name.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueOperationNamesRule), c => new UniqueOperationNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is { } name)
        {
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
}
