using System.Globalization;
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Utilities;

/// <summary>Literals to plain CLR values and back without a type (graphql-js's valueFromASTUntyped and defaultScalarValueToLiteral).</summary>
public static class UntypedValue
{
    /// <summary>Int → int (or long/double when out of range), Float → double, lists → List, objects → Dictionary; variables looked up.</summary>
    public static object? FromAst(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                    ? (object)large
                    : double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(FromAst(item, variables));
                }

                return items;
            case ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    fields[field.Name.Value] = FromAst(field.Value, variables);
                }

                return fields;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? ExternalValue.Unwrap(value) : null;
            default:
                throw new ArgumentException($"Unexpected value node kind {literal.Kind}.", nameof(literal));
        }
    }

    /// <summary>A plain value to a literal: bool, string, number (Int when integral), list, object; non-finite numbers become null.</summary>
    public static ValueNode ToAst(object? value)
    {
        value = ExternalValue.Unwrap(value);
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return new StringValueNode(s);
        }

        if (ExternalValue.TryGetNumber(value, out var number))
        {
            if (!double.IsFinite(number))
            {
                return new NullValueNode();
            }

            var text = value is long or int or short or byte or sbyte or uint or ulong or ushort
                ? Convert.ToString(value, CultureInfo.InvariantCulture)!
                : JsNumber.Format(number);
            return IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        if (ExternalValue.TryGetObject(value, out var fields))
        {
            var nodes = new List<ObjectFieldNode>();
            foreach (var (name, item) in fields)
            {
                nodes.Add(new ObjectFieldNode(new NameNode(name), ToAst(item)));
            }

            return new ObjectValueNode(nodes);
        }

        if (ExternalValue.TryGetList(value, out var items))
        {
            return new ListValueNode(items.Select(ToAst).ToList());
        }

        if (value is Enum)
        {
            return new EnumValueNode(value.ToString()!);
        }

        throw new ArgumentException($"Cannot convert value to AST: {ValueInspector.Inspect(value)}.", nameof(value));
    }

    /// <summary>Matches <c>/^-?(?:0|[1-9][0-9]*)$/</c>.</summary>
    public static bool IsIntegerText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.StartsWith('-') ? 1 : 0;
        if (start >= text.Length)
        {
            return false;
        }

        if (text[start] == '0')
        {
            return text.Length == start + 1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
