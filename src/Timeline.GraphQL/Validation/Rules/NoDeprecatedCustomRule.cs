// Not in the spec's validation section: an optional rule (graphql-js's NoDeprecatedCustomRule), off by default.
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>Reports every use of a deprecated field, argument, input field or enum value, with the deprecation reason.</summary>
public sealed class NoDeprecatedCustomRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(NoDeprecatedCustomRule), c => new NoDeprecatedCustomRule(c));

    public override VisitAction EnterField(FieldNode node)
    {
        if (context.FieldDef is { DeprecationReason: { } reason } field && context.ParentType is { } parentType)
        {
            context.ReportError($"The field {parentType.Name}.{field.Name} is deprecated. {reason}", node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterArgument(ArgumentNode node)
    {
        if (context.Argument is not { DeprecationReason: { } reason } argument)
        {
            return VisitAction.Continue;
        }

        if (context.Directive is { } directive)
        {
            context.ReportError($"Directive \"@{directive.Name}\" argument \"{argument.Name}\" is deprecated. {reason}", node);
        }
        else if (context.ParentType is { } parentType && context.FieldDef is { } field)
        {
            context.ReportError($"Field \"{parentType.Name}.{field.Name}\" argument \"{argument.Name}\" is deprecated. {reason}", node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node)
    {
        if (context.ParentInputType?.GetNamedType() is InputObjectType inputObject
            && inputObject.GetField(node.Name.Value) is { DeprecationReason: { } reason } field)
        {
            context.ReportError($"The input field {inputObject.Name}.{field.Name} is deprecated. {reason}", node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterEnumValue(EnumValueNode node)
    {
        if (context.EnumValue is { DeprecationReason: { } reason } value && context.InputType?.GetNamedType() is { } enumType)
        {
            context.ReportError($"The enum value \"{enumType.Name}.{value.Name}\" is deprecated. {reason}", node);
        }

        return VisitAction.Continue;
    }
}
