// Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// No fragment spreads itself, directly or through others. Each fragment is explored once (depth first along
/// the spread path), so every cycle is reported once, at the spreads that form it.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : SyntaxVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(NoFragmentCyclesRule), c => new NoFragmentCyclesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Skip;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        DetectCycles(node);
        return VisitAction.Skip;
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(spreadFragment);
                }
            }
            else
            {
                var cyclePath = _spreadPath[cycleIndex..];
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                context.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
