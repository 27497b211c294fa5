// Spec §5.8.5 All Variable Usages Are Allowed
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// A variable is used only where its type fits: the same or stricter than the position's type, a nullable
/// variable in a non-null position only when either side has a default, and never a nullable variable as the
/// field of a oneOf input object.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(VariablesInAllowedPositionRule), c => new VariablesInAllowedPositionRule(c));

    public override VisitAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null
                || TypeFromAst.Convert(context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }

        return VisitAction.Continue;
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, DefaultValue locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationDefault.Exists)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
    }
}
