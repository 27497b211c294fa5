// Spec §5.5.1.4 Fragments Must Be Used
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Every fragment is reached from some operation, directly or through other fragments.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : SyntaxVisitor
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public static ValidationRule Rule { get; } = new(nameof(NoUnusedFragmentsRule), c => new NoUnusedFragmentsRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _operations.Add(node);
        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        _fragments.Add(node);
        return VisitAction.Skip;
    }

    public override VisitAction LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }

        return VisitAction.Continue;
    }
}
