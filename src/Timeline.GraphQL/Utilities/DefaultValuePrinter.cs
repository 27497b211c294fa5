using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>The default value of an argument or input field as GraphQL text, for SDL printing and introspection.</summary>
public static class DefaultValuePrinter
{
    /// <summary>The literal as written when the definition came from SDL, else the runtime default converted back; null without default.</summary>
    public static string? Print(InputValueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.HasDefaultValue)
        {
            return null;
        }

        var literal = definition.DefaultValueLiteral ?? AstFromValue.Convert(definition.DefaultValue, definition.Type);
        return literal is null ? null : Printer.Print(literal);
    }
}
