using FsCheck;
using FsCheck.Fluent;
using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>
/// Random input never breaks the parser: it either yields a document (which then prints and parses back to
/// the same tree) or a <see cref="GraphQLSyntaxException"/>, never any other exception or a hang.
/// </summary>
public sealed class ParserFuzzProperties
{
    private static readonly string[] Vocabulary =
    [
        "{", "}", "(", ")", "[", "]", "!", "$", "&", "|", "@", ":", "=", "...", "..", ".",
        "query", "mutation", "subscription", "fragment", "on", "extend", "schema", "scalar", "type", "interface",
        "union", "enum", "input", "directive", "repeatable", "implements", "true", "false", "null", "FIELD", "QUERY",
        "a", "b", "_x", "Foo", "0", "-1", "1.5", "2e10", "-0.0E-3", "01", "1.", "1a", "\"s\"", "\"esc \\n \\u0041 \\u{1F600}\"",
        "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\q\"", "\"unterminated", "\"\"\"block\n  text\"\"\"", "\"\"\"", "\"\"",
        "#comment\n", "'", "\uFEFF", "\u00E9", "\uD83D\uDE00", "\uD800", "?", "^", "\u0000",
    ];

    private static readonly string[] Separators = [" ", " ", " ", string.Empty, "\n", ",", "\t", "\r\n"];

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(2000).WithEndSize(60);

    [Fact]
    public void Random_token_sequences_parse_or_fail_with_a_syntax_error()
    {
        var tokens = Gen.Elements(Vocabulary).Zip(Gen.Elements(Separators), (token, separator) => token + separator);
        var documents = Gen.ListOf(tokens).Select(parts => string.Concat(parts)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(documents, source => ParsesOrFailsCleanly(source)));
    }

    [Fact]
    public void Random_strings_parse_or_fail_with_a_syntax_error()
    {
        var units = Gen.Frequency(
            (6, Gen.Elements("{}()[]!$&|@:=.\"\\#,\n\r\t -_azAZ09eEuU'".ToCharArray())),
            (1, Gen.Choose(0, 0xFFFF).Select(code => (char)code)));
        var strings = Gen.ArrayOf(units).Select(chars => new string(chars)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(strings, source => ParsesOrFailsCleanly(source)));
    }

    [Fact]
    public void Random_values_and_types_parse_or_fail_with_a_syntax_error()
    {
        var tokens = Gen.Elements(Vocabulary).Zip(Gen.Elements(Separators), (token, separator) => token + separator);
        var sources = Gen.ListOf(tokens).Select(parts => string.Concat(parts)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(sources, source =>
            OnlySyntaxErrors(() => Parser.ParseValue(source))
            && OnlySyntaxErrors(() => Parser.ParseConstValue(source))
            && OnlySyntaxErrors(() => Parser.ParseType(source))));
    }

    private static bool ParsesOrFailsCleanly(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException error)
        {
            return error.Location.Line >= 1 && error.Position >= 0 && error.Position <= source.Length;
        }

        return AstDump.Of(document) == AstDump.Of(Parser.Parse(Printer.Print(document)));
    }

    private static bool OnlySyntaxErrors(Func<SyntaxNode> parse)
    {
        try
        {
            parse();
        }
        catch (GraphQLSyntaxException)
        {
        }

        return true;
    }
}
