// Spec §5.7.1 Directives Are Defined, §5.7.2 Directives Are in Valid Locations
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Every directive used is defined, and used only where its definition allows.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Dictionary<string, DirectiveSignature> _directives = DirectiveSignature.Collect(context.Schema, context.Document);

    public static ValidationRule Rule { get; } = new(nameof(KnownDirectivesRule), c => new KnownDirectivesRule(c));

    public override VisitAction EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!_directives.TryGetValue(name, out var directive))
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return VisitAction.Continue;
        }

        if (LocationOf(Parent, Ancestors) is { } location && !directive.Locations.Contains(location, StringComparer.Ordinal))
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {location}.", node);
        }

        return VisitAction.Continue;
    }

    /// <summary>The spec name of the location a directive is applied at, from the node holding it.</summary>
    private static string? LocationOf(SyntaxNode? appliedTo, IReadOnlyList<SyntaxNode> ancestors)
    {
        DirectiveLocation? location = appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
        return location?.ToSpecName();
    }
}
