using System.Globalization;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Schema;

/// <summary>
/// The strict <c>Date</c> scalar: exactly yyyy-MM-dd in and out; the runtime value is a <see cref="DateOnly"/>.
/// </summary>
internal static class DateScalar
{
    private const string Format = "yyyy-MM-dd";

    public static ScalarType Create() => new("Date")
    {
        OutputCoercer = value => value switch
        {
            DateOnly date => Write(date),
            string text => Write(Parse(text)),
            _ => throw new ValueCoercionException($"Date cannot represent a non-date value: {value}."),
        },
        InputCoercer = value => value switch
        {
            string text => Parse(text),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element => Parse(element.GetString()!),
            _ => throw new ValueCoercionException($"Date must be a string written yyyy-MM-dd, not {value ?? "null"}."),
        },
        LiteralCoercer = (literal, _) => literal is StringValueNode text
            ? Parse(text.Value)
            : throw new ValueCoercionException("Date must be a string literal written yyyy-MM-dd."),
    };

    private static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ValueCoercionException($"Date must be written yyyy-MM-dd (for example 2020-01-03), not \"{text}\".");
}
