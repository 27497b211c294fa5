// Spec §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Every literal suits the input type expected where it stands: scalars and enums accept it by their own literal
/// coercion, input objects have their required fields and no unknown ones, and a oneOf input object gets exactly
/// one non-null field. Variables are checked by <see cref="VariablesInAllowedPositionRule"/>.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(ValuesOfCorrectTypeRule), c => new ValuesOfCorrectTypeRule(c));

    public override VisitAction EnterListValue(ListValueNode node)
    {
        // The type info has already stepped into the item type, so the list type is the parent input type.
        if (context.ParentInputType?.NullableType is not ListType)
        {
            CheckLeafValue(node);
            return VisitAction.Skip;
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectValue(ObjectValueNode node)
    {
        if (context.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeafValue(node);
            return VisitAction.Skip;
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (var field in type.Fields)
        {
            if (!given.ContainsKey(field.Name) && field.IsRequired)
            {
                context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type, given);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node)
    {
        if (context.InputType is null && context.ParentInputType?.GetNamedType() is InputObjectType parentType)
        {
            var suggestion = context.HideSuggestions
                ? string.Empty
                : DidYouMean.Format(SuggestionList.Suggest(node.Name.Value, parentType.Fields.Select(f => f.Name)));
            context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + suggestion, node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterNullValue(NullValueNode node)
    {
        if (context.InputType is NonNullType type)
        {
            context.ReportError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterEnumValue(EnumValueNode node) => CheckLeafValue(node);

    public override VisitAction EnterIntValue(IntValueNode node) => CheckLeafValue(node);

    public override VisitAction EnterFloatValue(FloatValueNode node) => CheckLeafValue(node);

    public override VisitAction EnterStringValue(StringValueNode node) => CheckLeafValue(node);

    public override VisitAction EnterBooleanValue(BooleanValueNode node) => CheckLeafValue(node);

    /// <summary>Any literal may stand for a scalar or an enum: the type's own literal coercion decides.</summary>
    private VisitAction CheckLeafValue(ValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return VisitAction.Continue;
        }

        var type = locationType.GetNamedType();
        if (!type.IsLeafType)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return VisitAction.Continue;
        }

        // Coercion runs alone in the try: reporting may throw to abort at the error limit, which must pass through.
        try
        {
            if (type is EnumType enumType)
            {
                enumType.CoerceInputLiteral(node, context.HideSuggestions);
            }
            else
            {
                ((ScalarType)type).CoerceInputLiteral(node);
            }
        }
        catch (ValueCoercionException error)
        {
            context.ReportError(error.Message, node);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A custom scalar failing in its own way: name the type, keep its reason.
            context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}",
                node.Location is { } location ? [location.ToSourceLocation()] : null,
                innerException: error));
        }

        return VisitAction.Continue;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> given)
    {
        if (given.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var (name, field) = given.First();
        if (field.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", node);
        }
    }
}
