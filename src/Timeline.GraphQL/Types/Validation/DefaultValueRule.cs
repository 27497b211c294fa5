using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types.Validation;

/// <summary>A default value written in SDL must be a valid value of its input type.</summary>
internal static class DefaultValueRule
{
    public static void Validate(SchemaValidationContext context, string described, InputValueDefinition definition)
    {
        if (definition.DefaultValueLiteral is not { } literal || !definition.Type.IsInputType)
        {
            return;
        }

        if (!ValueFromAst.TryConvert(literal, definition.Type, null, out _))
        {
            context.Report($"{described} has invalid default value: {Printer.Print(literal)}.", literal);
        }
    }
}
