using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c>; runtime value <see cref="bool"/>.</summary>
public sealed class BooleanScalarType : ScalarType
{
    internal BooleanScalarType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override object? CoerceOutputValue(object? value)
    {
        var unwrapped = ExternalValue.Unwrap(value);
        if (unwrapped is bool b)
        {
            return b;
        }

        if (ExternalValue.TryGetNumber(unwrapped, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw NonBoolean(value);
    }

    public override object? CoerceInputValue(object? value) =>
        ExternalValue.Unwrap(value) is bool b ? b : throw NonBoolean(value);

    public override object? CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is BooleanValueNode b
            ? b.Value
            : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }

    public override ValueNode? ValueToLiteral(object? value) =>
        ExternalValue.Unwrap(value) is bool b ? new BooleanValueNode(b) : null;

    private static ValueCoercionException NonBoolean(object? value) =>
        new($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
}
