using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>What every part of one operation plan shares: the schema, the document's fragments and the condition values.</summary>
internal sealed class PlanContext(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ExecutionConditions conditions)
{
    public Schema Schema { get; } = schema;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = fragments;

    public ExecutionConditions Conditions { get; } = conditions;
}
