using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Stops a validation walk when its token is cancelled, checking at each definition (cheap, and often enough).</summary>
internal sealed class CancellationVisitor(CancellationToken cancellationToken) : SyntaxVisitor
{
    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return VisitAction.Continue;
    }
}
