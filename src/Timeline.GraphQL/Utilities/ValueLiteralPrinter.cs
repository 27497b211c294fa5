using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// A value literal as text, for messages and default values: the language printer's form, which breaks lists and
/// objects longer than 80 characters one item per line as graphql-js does.
/// </summary>
public static class ValueLiteralPrinter
{
    public static string Print(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Printer.Print(value);
    }
}
