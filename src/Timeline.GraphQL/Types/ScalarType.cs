using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>
/// A scalar type. Custom scalars either subclass and override the four coercions, or set the delegate
/// properties; without them values pass through unchanged and literals are read untyped (graphql-js's defaults).
/// Failed coercions throw <see cref="ValueCoercionException"/>.
/// </summary>
public class ScalarType : NamedType
{
    public ScalarType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification, exposed through <c>@specifiedBy</c> and <c>specifiedByURL</c>.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Result coercion: runtime value to the value written in the response.</summary>
    public Func<object?, object?>? OutputCoercer { get; init; }

    /// <summary>Input coercion of a variable value (a <see cref="System.Text.Json.JsonElement"/> or a CLR value) to the runtime value.</summary>
    public Func<object?, object?>? InputCoercer { get; init; }

    /// <summary>Input coercion of a literal; variables inside it are read from the given map.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? LiteralCoercer { get; init; }

    /// <summary>An external input value to a literal, for default values and printing; null when impossible.</summary>
    public Func<object?, ValueNode?>? LiteralFormatter { get; init; }

    public virtual object? CoerceOutputValue(object? value) => OutputCoercer is null ? value : OutputCoercer(value);

    public virtual object? CoerceInputValue(object? value) => InputCoercer is null ? ExternalValue.Unwrap(value) : InputCoercer(value);

    public virtual object? CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        LiteralCoercer is null ? UntypedValue.FromAst(literal, variables) : LiteralCoercer(literal, variables);

    public virtual ValueNode? ValueToLiteral(object? value) =>
        LiteralFormatter is null ? UntypedValue.ToAst(value) : LiteralFormatter(value);
}
