// Spec §5.2.4.1 Single Root Field
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>A subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(SingleFieldSubscriptionsRule), c => new SingleFieldSubscriptionsRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.Subscription is not { } subscriptionType)
        {
            return VisitAction.Skip;
        }

        var name = node.Name?.Value;
        var grouped = RootFieldCollector.Collect(context, subscriptionType, node.SelectionSet);
        if (grouped.Count > 1)
        {
            context.ReportError(
                name is null
                    ? "Anonymous Subscription must select only one top level field."
                    : $"Subscription \"{name}\" must select only one top level field.",
                grouped.Values.Skip(1).SelectMany(fields => fields));
        }

        foreach (var fields in grouped.Values)
        {
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(
                    name is null
                        ? "Anonymous Subscription must not select an introspection top level field."
                        : $"Subscription \"{name}\" must not select an introspection top level field.",
                    fields);
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
}
