using System.Text;
using System.Text.Json;

namespace Timeline.GraphQL.Utilities;

/// <summary>Describes a value for an error message the way graphql-js's <c>inspect</c> does.</summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        value = ExternalValue.Unwrap(value);
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case Delegate d:
                builder.Append("[function ").Append(d.Method.Name).Append(']');
                return;
        }

        if (ExternalValue.TryGetNumber(value, out var number))
        {
            builder.Append(JsNumber.Format(number));
            return;
        }

        if (ExternalValue.TryGetObject(value, out var fields))
        {
            if (depth > MaxRecursiveDepth)
            {
                builder.Append("[Object]");
                return;
            }

            var any = false;
            foreach (var (key, item) in fields)
            {
                builder.Append(any ? ", " : "{ ").Append(key).Append(": ");
                Write(builder, item, depth + 1);
                any = true;
            }

            builder.Append(any ? " }" : "{}");
            return;
        }

        if (ExternalValue.TryGetList(value, out var items))
        {
            if (depth > MaxRecursiveDepth)
            {
                builder.Append("[Array]");
                return;
            }

            var list = items.ToList();
            if (list.Count == 0)
            {
                builder.Append("[]");
                return;
            }

            builder.Append('[');
            var shown = Math.Min(list.Count, MaxArrayLength);
            for (var i = 0; i < shown; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Write(builder, list[i], depth + 1);
            }

            var remaining = list.Count - shown;
            if (remaining == 1)
            {
                builder.Append(", ... 1 more item");
            }
            else if (remaining > 1)
            {
                builder.Append(", ... ").Append(remaining).Append(" more items");
            }

            builder.Append(']');
            return;
        }

        builder.Append(value is Enum ? value.ToString() : "[" + value.GetType().Name + "]");
    }
}
