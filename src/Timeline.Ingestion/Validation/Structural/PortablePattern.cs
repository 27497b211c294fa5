using System.Text.RegularExpressions;

namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// A schema "pattern" (an ECMAScript regular expression, as ajv runs it) compiled for .NET so that both
/// engines accept exactly the same strings. Only a portable subset is allowed: constructs whose meaning
/// differs between the engines (\d, \w, \s and \b are Unicode-aware in .NET; "." and "$" treat line
/// breaks differently; lookarounds and back-references) are refused when the schema is compiled.
/// </summary>
internal sealed class PortablePattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex _regex;

    private PortablePattern(string source, Regex regex)
    {
        Source = source;
        _regex = regex;
    }

    /// <summary>The pattern as the schema writes it.</summary>
    public string Source { get; }

    public bool IsMatch(string value) => _regex.IsMatch(value);

    public static PortablePattern Compile(string source, string location)
    {
        ArgumentNullException.ThrowIfNull(source);
        var dotnet = Translate(source, location);
        try
        {
            // Non-backtracking: linear time whatever the input, so a hostile string cannot stall ingestion.
            var regex = new Regex(dotnet, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
            return new PortablePattern(source, regex);
        }
        catch (ArgumentException exception)
        {
            throw new SchemaCompilationException($"{location}: pattern \"{source}\" is not a valid regular expression: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Checks the pattern is in the portable subset and rewrites the one thing that needs it:
    /// a final "$", which .NET also matches before a trailing line feed, becomes "\z".
    /// </summary>
    private static string Translate(string source, string location)
    {
        var insideClass = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                if (i + 1 >= source.Length)
                {
                    throw Unportable(source, location, "it ends with a lone backslash");
                }

                var escaped = source[i + 1];
                if (char.IsLetterOrDigit(escaped))
                {
                    throw Unportable(source, location, $"\\{escaped} means different things to ECMAScript and .NET; spell the characters out, as in [0-9]");
                }

                i++;
                continue;
            }

            if (insideClass)
            {
                insideClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    insideClass = true;
                    if (i + 1 < source.Length && source[i + 1] == '^')
                    {
                        throw Unportable(source, location, "a negated class counts UTF-16 units in .NET but code points in ECMAScript");
                    }

                    break;
                case '.':
                    throw Unportable(source, location, "\".\" treats line breaks differently in ECMAScript and .NET");
                case '$' when i != source.Length - 1:
                    throw Unportable(source, location, "\"$\" is only portable at the very end");
                case '(' when i + 1 < source.Length && source[i + 1] == '?':
                    throw Unportable(source, location, "groups with \"(?\" (lookarounds, named or non-capturing groups) are outside the portable subset");
                default:
                    break;
            }
        }

        return source.EndsWith('$') ? string.Concat(source.AsSpan(0, source.Length - 1), @"\z") : source;
    }

    private static SchemaCompilationException Unportable(string source, string location, string why) =>
        new($"{location}: pattern \"{source}\" is outside the portable subset: {why}.");
}
