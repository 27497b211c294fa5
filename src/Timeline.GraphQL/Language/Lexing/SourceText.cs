namespace Timeline.GraphQL.Language;

/// <summary>Line and column arithmetic over a source string; the line terminators are \n, \r\n and \r.</summary>
public static class SourceText
{
    /// <summary>The 1-based line and column of a character offset (an offset past the end is allowed).</summary>
    public static SourceLocation GetLocation(string source, int position)
    {
        ArgumentNullException.ThrowIfNull(source);
        position = Math.Clamp(position, 0, source.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    // \r\n is one terminator (as graphql-js counts it, even when position is on its \n).
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }
}
