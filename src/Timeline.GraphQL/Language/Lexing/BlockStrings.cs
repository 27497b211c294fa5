using System.Text;

namespace Timeline.GraphQL.Language;

/// <summary>
/// Block string rules shared by the lexer and the printers: the spec's BlockStringValue dedent and
/// graphql-js's <c>printBlockString</c> / <c>isPrintableAsBlockString</c>.
/// </summary>
public static class BlockStrings
{
    /// <summary>
    /// The spec's BlockStringValue over raw lines: removes the common indentation of every line but the
    /// first, then the leading and trailing blank lines.
    /// </summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (commonIndent, first, last) = Measure(lines.Count, i => lines[i].AsSpan());
        if (first < 0)
        {
            return [];
        }

        var result = new string[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            result[i - first] = i == 0 ? line : line[Math.Min(commonIndent, line.Length)..];
        }

        return result;
    }

    /// <summary>The lexer's form: lines are ranges of the source, and <c>\"""</c> still needs unescaping.</summary>
    internal static string DedentRaw(string body, List<(int Start, int End)> lines, bool hasEscape, StringBuilder builder)
    {
        if (lines.Count == 1 && !hasEscape)
        {
            var (start, end) = lines[0];
            return LeadingWhitespace(body.AsSpan(start, end - start)) == end - start ? string.Empty : body[start..end];
        }

        var (commonIndent, first, last) = Measure(lines.Count, i => body.AsSpan(lines[i].Start, lines[i].End - lines[i].Start));
        if (first < 0)
        {
            return string.Empty;
        }

        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                builder.Append('\n');
            }

            var (start, end) = lines[i];
            if (i != 0)
            {
                start = Math.Min(start + commonIndent, end);
            }

            var segment = body.AsSpan(start, end - start);
            if (hasEscape)
            {
                AppendUnescaped(builder, segment);
            }
            else
            {
                builder.Append(segment);
            }
        }

        return builder.ToString();
    }

    private static void AppendUnescaped(StringBuilder builder, ReadOnlySpan<char> segment)
    {
        while (true)
        {
            var index = segment.IndexOf("\\\"\"\"", StringComparison.Ordinal);
            if (index < 0)
            {
                builder.Append(segment);
                return;
            }

            builder.Append(segment[..index]).Append("\"\"\"");
            segment = segment[(index + 4)..];
        }
    }

    private delegate ReadOnlySpan<char> LineAt(int index);

    private static (int CommonIndent, int First, int Last) Measure(int count, LineAt lineAt)
    {
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < count; i++)
        {
            var line = lineAt(i);
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        return (commonIndent, first, last);
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && CharClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives a print as a block string and a parse back unchanged
    /// (no control characters, no \r, no blank first or last line, no indentation common to all lines).
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u001F'):
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>
    /// Prints a value as a block string the way graphql-js does: on its own lines unless it is a short
    /// single line, with <c>"""</c> escaped. <paramref name="minimize"/> avoids the added line breaks.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;

        // Common indentation on every line after the first can be kept by starting on a new line.
        var forceLeadingNewLine = lines.Length > 1
            && lines.Skip(1).All(line => line.Length == 0 || CharClasses.IsWhiteSpace(line[0]));

        // Trailing triple quotes look confusing but do not force a trailing new line.
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);

        // A trailing quote or backslash would merge with the closing quotes.
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharClasses.IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }
}
