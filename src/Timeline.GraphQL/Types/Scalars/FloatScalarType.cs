using System.Globalization;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite IEEE 754 double; runtime value <see cref="double"/>.</summary>
public sealed class FloatScalarType : ScalarType
{
    internal FloatScalarType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override object? CoerceOutputValue(object? value)
    {
        value = ExternalValue.Unwrap(value);
        switch (value)
        {
            case bool b:
                return b ? 1d : 0d;
            case string s:
                return s.Length == 0 ? throw NonNumeric(value) : FromNumber(JsNumber.Parse(s), value);
        }

        return ExternalValue.TryGetNumber(value, out var number) ? FromNumber(number, value) : throw NonNumeric(value);
    }

    public override object? CoerceInputValue(object? value)
    {
        value = ExternalValue.Unwrap(value);
        return ExternalValue.TryGetNumber(value, out var number) ? FromNumber(number, value) : throw NonNumeric(value);
    }

    public override object? CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            _ => throw new ValueCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
    }

    public override ValueNode? ValueToLiteral(object? value)
    {
        if (!ExternalValue.TryGetNumber(ExternalValue.Unwrap(value), out _))
        {
            return null;
        }

        var literal = UntypedValue.ToAst(value);
        return literal is FloatValueNode or IntValueNode ? literal : null;
    }

    private static double FromNumber(double number, object? original) =>
        double.IsFinite(number) ? number : throw NonNumeric(original);

    private static ValueCoercionException NonNumeric(object? value) =>
        new($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
}
