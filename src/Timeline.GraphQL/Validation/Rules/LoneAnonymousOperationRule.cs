// Spec §5.2.3.1 Lone Anonymous Operation
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>An anonymous operation is the only operation of its document.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : SyntaxVisitor
{
    private int _operationCount;

    public static ValidationRule Rule { get; } = new(nameof(LoneAnonymousOperationRule), c => new LoneAnonymousOperationRule(c));

    public override VisitAction EnterDocument(DocumentNode node)
    {
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);
        return VisitAction.Continue;
    }

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
}
