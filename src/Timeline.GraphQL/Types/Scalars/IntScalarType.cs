using System.Globalization;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer; runtime value <see cref="int"/>.</summary>
public sealed class IntScalarType : ScalarType
{
    internal IntScalarType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override object? CoerceOutputValue(object? value)
    {
        value = ExternalValue.Unwrap(value);
        switch (value)
        {
            case int i:
                return i;
            case bool b:
                return b ? 1 : 0;
            case string s:
                if (s.Length == 0)
                {
                    throw NonInteger(value);
                }

                return FromNumber(JsNumber.Parse(s), value);
            case long l:
                return l is >= int.MinValue and <= int.MaxValue ? (int)l : throw OutOfRange(value);
        }

        return ExternalValue.TryGetNumber(value, out var number) ? FromNumber(number, value) : throw NonInteger(value);
    }

    public override object? CoerceInputValue(object? value)
    {
        value = ExternalValue.Unwrap(value);
        switch (value)
        {
            case int i:
                return i;
            case long l:
                return l is >= int.MinValue and <= int.MaxValue ? (int)l : throw OutOfRange(value);
        }

        return ExternalValue.TryGetNumber(value, out var number) ? FromNumber(number, value) : throw NonInteger(value);
    }

    public override object? CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode intLiteral)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(intLiteral.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {intLiteral.Value}");
    }

    public override ValueNode? ValueToLiteral(object? value)
    {
        value = ExternalValue.Unwrap(value);
        if (ExternalValue.TryGetNumber(value, out var number) && JsNumber.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return new IntValueNode(((int)number).ToString(CultureInfo.InvariantCulture));
        }

        return null;
    }

    private static int FromNumber(double number, object? original)
    {
        if (!JsNumber.IsInteger(number))
        {
            throw NonInteger(original);
        }

        return number is >= int.MinValue and <= int.MaxValue ? (int)number : throw OutOfRange(original);
    }

    private static ValueCoercionException NonInteger(object? value) =>
        new($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");

    private static ValueCoercionException OutOfRange(object? value) =>
        new($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
}
