using System.Globalization;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>The built-in <c>String</c>; runtime value <see cref="string"/>.</summary>
public sealed class StringScalarType : ScalarType
{
    internal StringScalarType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override object? CoerceOutputValue(object? value)
    {
        var unwrapped = ExternalValue.Unwrap(value);
        switch (unwrapped)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return Convert.ToString(unwrapped, CultureInfo.InvariantCulture);
        }

        if (ExternalValue.TryGetNumber(unwrapped, out var number) && double.IsFinite(number))
        {
            return JsNumber.Format(number);
        }

        throw new ValueCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override object? CoerceInputValue(object? value) =>
        ExternalValue.Unwrap(value) is string s
            ? s
            : throw new ValueCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object? CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode s
            ? s.Value
            : throw new ValueCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
    }

    public override ValueNode? ValueToLiteral(object? value) =>
        ExternalValue.Unwrap(value) is string s ? new StringValueNode(s) : null;
}
