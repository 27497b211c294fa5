using System.Text;
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Utilities;

/// <summary>Prints a value literal on one line as graphql-js's printer does: <c>[1, 2]</c>, <c>{ a: "x" }</c>.</summary>
public static class ValueLiteralPrinter
{
    public static string Print(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case StringValueNode s:
                builder.Append(s.Block ? StringLiteralPrinter.PrintBlockString(s.Value) : StringLiteralPrinter.PrintString(s.Value));
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                // graphql-js prints an empty object as "{  }": the padding is kept.
                builder.Append("{ ");
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Write(builder, obj.Fields[i].Value);
                }

                builder.Append(" }");
                break;
            default:
                throw new ArgumentException($"Unknown value node kind {value.Kind}.", nameof(value));
        }
    }
}
