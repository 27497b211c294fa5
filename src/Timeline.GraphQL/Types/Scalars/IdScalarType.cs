using System.Globalization;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>
/// The built-in <c>ID</c>: accepts strings and integers, always a <see cref="string"/> at run time.
/// A <see cref="Guid"/> result is also written as its string form.
/// </summary>
public sealed class IdScalarType : ScalarType
{
    internal IdScalarType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override object? CoerceOutputValue(object? value)
    {
        var unwrapped = ExternalValue.Unwrap(value);
        return unwrapped is Guid g ? g.ToString() : FromStringOrInteger(unwrapped) ?? throw Invalid(value);
    }

    public override object? CoerceInputValue(object? value) =>
        FromStringOrInteger(ExternalValue.Unwrap(value)) ?? throw Invalid(value);

    public override object? CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new ValueCoercionException("ID cannot represent a non-string and non-integer value: " + Printer.Print(literal)),
        };
    }

    public override ValueNode? ValueToLiteral(object? value)
    {
        var unwrapped = ExternalValue.Unwrap(value);
        if (unwrapped is string s)
        {
            return UntypedValue.IsIntegerText(s) ? new IntValueNode(s) : new StringValueNode(s);
        }

        return FromStringOrInteger(unwrapped) is { } text ? new IntValueNode(text) : null;
    }

    private static string? FromStringOrInteger(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        return ExternalValue.TryGetNumber(value, out var number) && JsNumber.IsInteger(number) ? JsNumber.Format(number) : null;
    }

    private static ValueCoercionException Invalid(object? value) =>
        new($"ID cannot represent value: {ValueInspector.Inspect(value)}");
}
