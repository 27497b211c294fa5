using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class StringLiteralTests
{
    [Fact]
    public void Escapes_like_graphql_js_printString()
    {
        var printed = StringLiterals.Print("a\"b\\c\u0000\u001f\u007f\u009f\u00a0\u00e9\uD83D\uDE00\b\t\n\f\r/");

        Assert.Equal("\"a\\\"b\\\\c\\u0000\\u001F\\u007F\\u009F\u00a0\u00e9\uD83D\uDE00\\b\\t\\n\\f\\r/\"", printed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("all \u0001\u001F\u007F\u0080\u009F controls")]
    [InlineData("\uD83D\uDE00 \uDBFF\uDFFF")]
    public void Printed_strings_parse_back_to_the_same_value(string value)
    {
        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(StringLiterals.Print(value)));

        Assert.Equal(value, parsed.Value);
        Assert.False(parsed.Block);
    }
}
