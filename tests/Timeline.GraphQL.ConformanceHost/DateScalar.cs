using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.ConformanceHost;

/// <summary>The fixture's <c>Date</c>: strings go out as they are; only <c>YYYY-MM-DD</c> strings come in, as literals or variables.</summary>
internal static partial class DateScalar
{
    public static ScalarType Create() => new("Date")
    {
        OutputCoercer = value => ExternalValue.Unwrap(value) is string text
            ? text
            : throw new ValueCoercionException($"Date cannot represent value: {Show(value)}"),
        InputCoercer = value => ExternalValue.Unwrap(value) is string text && DatePattern().IsMatch(text)
            ? text
            : throw new ValueCoercionException($"Date cannot represent value: {Show(value)}"),
        LiteralCoercer = (literal, _) => literal is StringValueNode s && DatePattern().IsMatch(s.Value)
            ? s.Value
            : throw new ValueCoercionException("Date cannot represent a non-date literal."),
        LiteralFormatter = value => ExternalValue.Unwrap(value) is string text ? new StringValueNode(text) : null,
    };

    private static string Show(object? value) => JsonSerializer.Serialize(ExternalValue.Unwrap(value));

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
