using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Collects the variables used in values, with the type info of each position; variable definitions are not usages.</summary>
internal sealed class VariableUsageCollector(TypeInfo typeInfo) : SyntaxVisitor
{
    private readonly List<VariableUsage> _usages = [];

    public TypeInfo TypeInfo { get; } = typeInfo;

    public IReadOnlyList<VariableUsage> Usages => _usages;

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node) => VisitAction.Skip;

    public override VisitAction EnterVariable(VariableNode node)
    {
        _usages.Add(new VariableUsage(node, TypeInfo.InputType, TypeInfo.DefaultValue, TypeInfo.ParentInputType));
        return VisitAction.Continue;
    }
}
