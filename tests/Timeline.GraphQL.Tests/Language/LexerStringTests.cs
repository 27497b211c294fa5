using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class LexerStringTests
{
    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP <U+D83D><U+DE00>\"", "unescaped unicode outside BMP <U+D83D><U+DE00>")]
    [InlineData("\"unescaped maximal unicode outside BMP <U+DBFF><U+DFFF>\"", "unescaped maximal unicode outside BMP <U+DBFF><U+DFFF>")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP <U+D83D><U+DE00>")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \u0000")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape <U+DBFF><U+DFFF>")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \u0000")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape <U+D83D><U+DE00>")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape <U+D800><U+DC00>")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape <U+DBFF><U+DFFF>")]
    [InlineData("\"control \u0007 and del \u007F are allowed\"", "control \u0007 and del \u007F are allowed")]
    public void Strings_decode_their_escapes(string source, string value)
    {
        var token = Lex.First(source);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(Lex.Decode(value), token.Value);
        Assert.Equal(Lex.Decode(source).Length, token.End);
    }

    [Theory]
    [InlineData("\"", 2, "Unterminated string.")]
    [InlineData("\"\"\"", 4, "Unterminated string.")]
    [InlineData("\"\"\"\"", 5, "Unterminated string.")]
    [InlineData("\"no end quote", 14, "Unterminated string.")]
    [InlineData("'single quotes'", 1, "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\"bad surrogate <U+DEAD>\"", 16, "Invalid character within String: U+DEAD.")]
    [InlineData("\"bad high surrogate pair <U+DEAD><U+DEAD>\"", 26, "Invalid character within String: U+DEAD.")]
    [InlineData("\"bad low surrogate pair <U+D800><U+D800>\"", 25, "Invalid character within String: U+D800.")]
    [InlineData("\"multi\nline\"", 7, "Unterminated string.")]
    [InlineData("\"multi\rline\"", 7, "Unterminated string.")]
    [InlineData("\"bad \\z esc\"", 6, "Invalid character escape sequence: \"\\z\".")]
    [InlineData("\"bad \\x esc\"", 6, "Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"bad \\u1 esc\"", 6, "Invalid Unicode escape sequence: \"\\u1 es\".")]
    [InlineData("\"bad \\u0XX1 esc\"", 6, "Invalid Unicode escape sequence: \"\\u0XX1\".")]
    [InlineData("\"bad \\uXXXX esc\"", 6, "Invalid Unicode escape sequence: \"\\uXXXX\".")]
    [InlineData("\"bad \\uFXXX esc\"", 6, "Invalid Unicode escape sequence: \"\\uFXXX\".")]
    [InlineData("\"bad \\uXXXF esc\"", 6, "Invalid Unicode escape sequence: \"\\uXXXF\".")]
    [InlineData("\"bad \\u{} esc\"", 6, "Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData("\"bad \\u{FXXX} esc\"", 6, "Invalid Unicode escape sequence: \"\\u{FX\".")]
    [InlineData("\"bad \\u{FFFF esc\"", 6, "Invalid Unicode escape sequence: \"\\u{FFFF \".")]
    [InlineData("\"bad \\u{FFFF\"", 6, "Invalid Unicode escape sequence: \"\\u{FFFF\"\".")]
    [InlineData("\"too high \\u{110000} esc\"", 11, "Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"way too high \\u{12345678} esc\"", 15, "Invalid Unicode escape sequence: \"\\u{12345678}\".")]
    [InlineData("\"too long \\u{000000000} esc\"", 11, "Invalid Unicode escape sequence: \"\\u{000000000\".")]
    [InlineData("\"bad surrogate \\uDEAD esc\"", 16, "Invalid Unicode escape sequence: \"\\uDEAD\".")]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", 16, "Invalid Unicode escape sequence: \"\\u{DEAD}\".")]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", 39, "Invalid Unicode escape sequence: \"\\u{D83D}\".")]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", 26, "Invalid Unicode escape sequence: \"\\uDEAD\".")]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", 25, "Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData("\"cannot escape half a pair <U+D83D>\\uDE00 esc\"", 28, "Invalid character within String: U+D83D.")]
    [InlineData("\"cannot escape half a pair \\uD83D<U+DE00> esc\"", 28, "Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"bad \\uD83D\\not an escape\"", 6, "Invalid Unicode escape sequence: \"\\uD83D\".")]
    public void Bad_strings_fail_at_the_offending_character(string source, int column, string description)
    {
        var error = Lex.Error(source);

        Assert.Equal(description, error.Description);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP <U+D83D><U+DE00>\"\"\"", "unescaped unicode outside BMP <U+D83D><U+DE00>")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\n      third\"\"\"", "  first line keeps its indent\nsecond\n  third")]
    [InlineData("\"\"\"   \n  \t \n\"\"\"", "")]
    [InlineData("\"\"\"\n  \\\"\"\" escaped after indent\n  x\"\"\"", "\"\"\" escaped after indent\nx")]
    [InlineData("\"\"\"\t\tTabs\n\t\tcount as indent\"\"\"", "\t\tTabs\ncount as indent")]
    public void Block_strings_keep_raw_text_and_remove_common_indentation(string source, string value)
    {
        var token = Lex.First(source);

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(Lex.Decode(value), token.Value);
    }

    [Fact]
    public void Tokens_after_a_multi_line_block_string_have_the_right_line_and_column()
    {
        var tokens = Lex.All("{\n  f(a: \"\"\"\n    one\n    two\"\"\", b: 1)\n}");

        var blockString = tokens.Single(t => t.Kind == TokenKind.BlockString);
        Assert.Equal((2, 8), (blockString.Line, blockString.Column));
        var afterwards = tokens.Single(t => t.Kind == TokenKind.Int);
        Assert.Equal((4, 16), (afterwards.Line, afterwards.Column));
        Assert.Equal((5, 1), (tokens[^1].Line, tokens[^1].Column));
    }

    [Theory]
    [InlineData("\"\"\"", 4)]
    [InlineData("\"\"\"no end", 10)]
    [InlineData("\"\"\"\n  two lines\n  \"", 4)]
    public void Unterminated_block_strings_fail_at_the_end(string source, int column)
    {
        var error = Lex.Error(source);

        Assert.Equal("Unterminated string.", error.Description);
        Assert.Equal(column, error.Location.Column);
    }

    [Theory]
    [InlineData("\"\"\"contains invalid surrogate <U+DEAD>\"\"\"", 31, "Invalid character within String: U+DEAD.")]
    [InlineData("\"\"\"\n\n  line three <U+D800> \"\"\"", 14, "Invalid character within String: U+D800.")]
    public void Block_strings_reject_unpaired_surrogates(string source, int column, string description)
    {
        var error = Lex.Error(source);

        Assert.Equal(description, error.Description);
        Assert.Equal(column, error.Location.Column);
    }
}
