using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>Small helpers to run the lexer in tests.</summary>
internal static class Lex
{
    public static Token First(string source) => new Lexer(Decode(source)).Next();

    public static List<Token> All(string source)
    {
        var lexer = new Lexer(Decode(source));
        var tokens = new List<Token>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    /// <summary>
    /// Turns <c>&lt;U+D800&gt;</c> into that UTF-16 unit: lone surrogates do not survive xunit's theory data
    /// serialization, so test data spells them out.
    /// </summary>
    public static string Decode(string text) =>
        Regex.Replace(text, "<U\\+([0-9A-F]{4})>", match => ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    public static GraphQLSyntaxException Error(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => All(source));
}
