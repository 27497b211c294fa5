// Spec §5.2.1.1 Operation Type Existence
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Each operation's type (query, mutation, subscription) has a root type in the schema.</summary>
public sealed class KnownOperationTypesRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(KnownOperationTypesRule), c => new KnownOperationTypesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.ReportError($"The {OperationTypes.ToKeyword(node.Operation)} operation is not supported by the schema.", node);
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
}
