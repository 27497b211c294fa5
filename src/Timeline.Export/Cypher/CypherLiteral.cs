using System.Globalization;
using System.Text;

namespace Timeline.Export.Cypher;

/// <summary>
/// Cypher literals for values written into a script: strings in double quotes with backslash escapes
/// (quotes, backslashes, line breaks and every other control character), so no value can end a string,
/// a statement (';') or a comment early; dates as <c>date("yyyy-MM-dd")</c>.
/// </summary>
public static class CypherLiteral
{
    public static string Text(string? value)
    {
        if (value is null) return "null";
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    public static string Date(DateOnly date) => $"date(\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\")";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => Text(v))) + "]";
}
