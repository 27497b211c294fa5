using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>An operation ready to run: its root type and the plan of its root selection set for one set of condition values.</summary>
internal sealed class OperationPlan(OperationDefinitionNode operation, ObjectType rootType, SelectionSetPlan root)
{
    public OperationDefinitionNode Operation { get; } = operation;

    public ObjectType RootType { get; } = rootType;

    public SelectionSetPlan Root { get; } = root;
}
