using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class LexerTokenTests
{
    [Fact]
    public void Every_punctuator_is_its_own_token()
    {
        var kinds = Lex.All("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR,
                TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR,
            ],
            kinds);
    }

    [Fact]
    public void Punctuators_need_no_separators()
    {
        Assert.Equal(9, Lex.All("{a(b:$c){...d}}").Count(t => t.Kind is TokenKind.BraceL or TokenKind.BraceR or TokenKind.ParenL or TokenKind.ParenR or TokenKind.Colon or TokenKind.Dollar or TokenKind.Spread));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("_underscore")]
    [InlineData("__typename")]
    [InlineData("name123")]
    [InlineData("UPPER_case_9")]
    public void Names_are_read_whole(string name)
    {
        var lexer = new Lexer(name);
        var token = lexer.Next();

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(name, lexer.GetValue(token));
        Assert.Null(token.Value);
    }

    [Fact]
    public void White_space_commas_line_terminators_bom_and_comments_are_ignored()
    {
        var tokens = Lex.All("\uFEFF  \t,,\n# a comment { } \r\n\r  foo # trailing\n,bar");

        Assert.Equal(2, tokens.Count);
        Assert.Equal(new Token(TokenKind.Name, 28, 31, 4, 3, null), tokens[0]);
        Assert.Equal(5, tokens[1].Line);
        Assert.Equal(2, tokens[1].Column);
    }

    [Fact]
    public void Line_terminators_count_crlf_once_and_lone_cr_as_a_line()
    {
        var tokens = Lex.All("a\r\nb\rc\nd");

        Assert.Equal([1, 2, 3, 4], tokens.Select(t => t.Line));
        Assert.All(tokens, t => Assert.Equal(1, t.Column));
    }

    [Fact]
    public void End_of_file_is_repeated_and_placed_after_the_last_character()
    {
        var lexer = new Lexer("a\n  ");
        lexer.Next();

        var end = lexer.Next();

        Assert.Equal(new Token(TokenKind.EndOfFile, 4, 4, 2, 3, null), end);
        Assert.Equal(end, lexer.Next());
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9876543210123456789", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4567", TokenKind.Float)]
    public void Numbers_keep_their_source_text(string text, TokenKind kind)
    {
        var lexer = new Lexer(text);
        var token = lexer.Next();

        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, lexer.GetValue(token));
    }

    [Theory]
    [InlineData("00", 2, "Invalid number, unexpected digit after 0: \"0\".")]
    [InlineData("01", 2, "Invalid number, unexpected digit after 0: \"1\".")]
    [InlineData("+1", 1, "Unexpected character: \"+\".")]
    [InlineData("1.", 3, "Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1e", 3, "Invalid number, expected digit but got: <EOF>.")]
    [InlineData(".123", 1, "Invalid number, expected digit before \".\", did you mean \"0.123\"?")]
    [InlineData("1.A", 3, "Invalid number, expected digit but got: \"A\".")]
    [InlineData("-A", 2, "Invalid number, expected digit but got: \"A\".")]
    [InlineData("1.0e", 5, "Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.0eA", 5, "Invalid number, expected digit but got: \"A\".")]
    [InlineData("1.0e\"", 5, "Invalid number, expected digit but got: '\"'.")]
    [InlineData("1.2e3e", 6, "Invalid number, expected digit but got: \"e\".")]
    [InlineData("1.2e3.4", 6, "Invalid number, expected digit but got: \".\".")]
    [InlineData("1.23.4", 5, "Invalid number, expected digit but got: \".\".")]
    [InlineData("0xF1", 2, "Invalid number, expected digit but got: \"x\".")]
    [InlineData("0b10", 2, "Invalid number, expected digit but got: \"b\".")]
    [InlineData("123abc", 4, "Invalid number, expected digit but got: \"a\".")]
    [InlineData("1_234", 2, "Invalid number, expected digit but got: \"_\".")]
    [InlineData("1\u00DF", 2, "Unexpected character: U+00DF.")]
    [InlineData("1.23f", 5, "Invalid number, expected digit but got: \"f\".")]
    [InlineData("1.234_5", 6, "Invalid number, expected digit but got: \"_\".")]
    public void Bad_numbers_fail_at_the_offending_character(string source, int column, string description)
    {
        var error = Lex.Error(source);

        Assert.Equal(description, error.Description);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Fact]
    public void A_number_may_be_followed_directly_by_punctuation()
    {
        Assert.Equal([TokenKind.Int, TokenKind.BracketR, TokenKind.Float, TokenKind.ParenR], Lex.All("1]2.5)").Select(t => t.Kind));
    }

    [Theory]
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("<U+D83D><U+DE00>", "Unexpected character: U+1F600.")]
    [InlineData("<U+D800>", "Invalid character: U+D800.")]
    [InlineData("<U+DE00>x", "Invalid character: U+DE00.")]
    public void Unexpected_characters_are_named(string source, string description)
    {
        var error = Lex.Error(source);

        Assert.Equal(description, error.Description);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(1, 1), error.Location);
    }

    [Fact]
    public void A_comment_stops_before_an_unpaired_surrogate_which_then_fails()
    {
        var error = Lex.Error("# ok \uD83D\uDE00 then \uD800");

        Assert.Equal("Invalid character: U+D800.", error.Description);
        Assert.Equal(new SourceLocation(1, 14), error.Location);
    }

    [Fact]
    public void Errors_report_line_and_column_after_line_breaks()
    {
        var error = Lex.Error("\n\n    ?\n");

        Assert.Equal(new SourceLocation(3, 5), error.Location);
        Assert.Equal(6, error.Position);
        Assert.Equal([new SourceLocation(3, 5)], error.Error.Locations);
    }
}
