using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>
/// An enum type. Inputs (names) coerce to each value's runtime <see cref="EnumValueDefinition.Value"/>;
/// results (runtime values) coerce back to names.
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly DefinitionLookup<EnumValueDefinition> values;
    private readonly Dictionary<object, EnumValueDefinition> byRuntimeValue = [];

    public EnumType(string name, IEnumerable<EnumValueDefinition> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.values = new DefinitionLookup<EnumValueDefinition>(values, v => v.Name);
        foreach (var value in this.values.Items)
        {
            byRuntimeValue.TryAdd(value.Value, value);
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => values.Items;

    public EnumValueDefinition? GetValue(string name) => values.Find(name);

    /// <summary>The definition whose runtime value equals <paramref name="runtimeValue"/>, or null.</summary>
    public EnumValueDefinition? FindByRuntimeValue(object? runtimeValue) =>
        runtimeValue is not null && byRuntimeValue.TryGetValue(runtimeValue, out var value) ? value : null;

    /// <summary>Runtime value to the name written in the response.</summary>
    public string CoerceOutputValue(object? value) =>
        FindByRuntimeValue(ExternalValue.Unwrap(value))?.Name
        ?? throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");

    /// <summary>A variable's value (a name string) to the runtime value.</summary>
    public object CoerceInputValue(object? value, bool hideSuggestions = false)
    {
        if (ExternalValue.Unwrap(value) is not string text)
        {
            var shown = ValueInspector.Inspect(value);
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {shown}." + Suggest(shown, hideSuggestions));
        }

        return GetValue(text)?.Value
            ?? throw new ValueCoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions));
    }

    /// <summary>An enum literal to the runtime value.</summary>
    public object CoerceInputLiteral(ValueNode literal, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var shown = Printer.Print(literal);
        if (literal is not EnumValueNode enumLiteral)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + Suggest(shown, hideSuggestions));
        }

        return GetValue(enumLiteral.Value)?.Value
            ?? throw new ValueCoercionException($"Value \"{shown}\" does not exist in \"{Name}\" enum." + Suggest(shown, hideSuggestions));
    }

    /// <summary>An external value (a name) to an enum literal; null when it names no value.</summary>
    public ValueNode? ValueToLiteral(object? value) =>
        ExternalValue.Unwrap(value) is string text && GetValue(text) is not null ? new EnumValueNode(text) : null;

    private string Suggest(string unknown, bool hide) =>
        hide ? string.Empty : DidYouMean.Format(SuggestionList.Suggest(unknown, Values.Select(v => v.Name)), "the enum value");
}
