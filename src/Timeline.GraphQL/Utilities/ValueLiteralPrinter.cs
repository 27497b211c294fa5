using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// Prints a value literal as graphql-js's printer does: <c>[1, 2]</c>, <c>{ a: "x" }</c>, and lists or objects
/// longer than 80 characters broken into one item per line, indented by two spaces.
/// </summary>
public static class ValueLiteralPrinter
{
    private const int MaxLineLength = 80;

    public static string Print(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Render(value);
    }

    private static string Render(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                return "$" + variable.Name.Value;
            case IntValueNode i:
                return i.Value;
            case FloatValueNode f:
                return f.Value;
            case StringValueNode s:
                return s.Block ? StringLiteralPrinter.PrintBlockString(s.Value) : StringLiteralPrinter.PrintString(s.Value);
            case BooleanValueNode b:
                return b.Value ? "true" : "false";
            case NullValueNode:
                return "null";
            case EnumValueNode e:
                return e.Value;
            case ListValueNode list:
                var items = list.Values.Select(Render).ToList();
                return 2 + JoinedLength(items) > MaxLineLength
                    ? "[\n" + Indent(string.Join("\n", items)) + "\n]"
                    : "[" + string.Join(", ", items) + "]";
            case ObjectValueNode obj:
                var fields = obj.Fields.Select(f => f.Name.Value + ": " + Render(f.Value)).ToList();

                // An empty object prints as "{  }": graphql-js keeps the padding.
                return 4 + JoinedLength(fields) > MaxLineLength
                    ? "{\n" + Indent(string.Join("\n", fields)) + "\n}"
                    : "{ " + string.Join(", ", fields) + " }";
            default:
                throw new ArgumentException($"Unknown value node kind {value.Kind}.", nameof(value));
        }
    }

    /// <summary>The length graphql-js measures: the parts as rendered plus ", " between them.</summary>
    private static int JoinedLength(List<string> parts) => parts.Sum(p => p.Length) + (2 * Math.Max(parts.Count - 1, 0));

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
