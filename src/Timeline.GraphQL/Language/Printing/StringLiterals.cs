using System.Globalization;
using System.Text;

namespace Timeline.GraphQL.Language;

/// <summary>Prints a string as a GraphQL (and JSON-compatible) quoted literal, as graphql-js's <c>printString</c>.</summary>
public static class StringLiterals
{
    /// <summary>Quotes <paramref name="value"/>, escaping ", \, C0 and C1 control characters and DEL.</summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c))
            {
                continue;
            }

            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        builder.Append(value, chunkStart, value.Length - chunkStart);
        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);
}
