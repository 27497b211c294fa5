using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>Expectations taken from graphql-js 17's printBlockString, isPrintableAsBlockString and dedentBlockStringLines.</summary>
public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"\"\"\"\"", true)]
    [InlineData("one line", "\"\"\"one line\"\"\"", "\"\"\"one line\"\"\"", true)]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"", "\"\"\"  leading space\"\"\"", true)]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"", "\"\"\"trailing quote\"\n\"\"\"", true)]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"", "\"\"\"trailing slash\\\n\"\"\"", true)]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"", "\"\"\"has \\\"\"\" triple\"\"\"", true)]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"", true)]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"", "\"\"\"first\nsecond\"\"\"", true)]
    [InlineData("\n leading newline", "\"\"\"\n\n leading newline\n\"\"\"", "\"\"\"\n\n leading newline\"\"\"", false)]
    [InlineData("a\n  b\n c", "\"\"\"\na\n  b\n c\n\"\"\"", "\"\"\"\na\n  b\n c\"\"\"", true)]
    [InlineData(" indented\n  lines", "\"\"\"\n indented\n  lines\n\"\"\"", "\"\"\"\n indented\n  lines\"\"\"", false)]
    [InlineData("tab\there", "\"\"\"tab\there\"\"\"", "\"\"\"tab\there\"\"\"", true)]
    [InlineData("line\r\nwin", "\"\"\"\nline\r\nwin\n\"\"\"", "\"\"\"line\r\nwin\"\"\"", false)]
    [InlineData("ctl\u0007x", "\"\"\"ctl\u0007x\"\"\"", "\"\"\"ctl\u0007x\"\"\"", false)]
    [InlineData("  \n  ", "\"\"\"\n  \n  \n\"\"\"", "\"\"\"\n  \n  \"\"\"", false)]
    [InlineData("trailing\n", "\"\"\"\ntrailing\n\n\"\"\"", "\"\"\"\ntrailing\n\"\"\"", false)]
    public void Prints_like_graphql_js(string value, string printed, string minimized, bool printable)
    {
        Assert.Equal(printed, BlockStrings.Print(value));
        Assert.Equal(minimized, BlockStrings.Print(value, minimize: true));
        Assert.Equal(printable, BlockStrings.IsPrintableAsBlockString(value));
    }

    [Fact]
    public void Long_single_lines_print_on_their_own_line()
    {
        var value = new string('x', 75);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockStrings.Print(value));
        Assert.Equal("\"\"\"" + value + "\"\"\"", BlockStrings.Print(value, minimize: true));
    }

    [Fact]
    public void Dedent_removes_common_indentation_and_blank_edges()
    {
        Assert.Equal(
            ["Hello,", "  World!", string.Empty, "Yours,", "  GraphQL."],
            BlockStrings.DedentLines([string.Empty, "    Hello,", "      World!", string.Empty, "    Yours,", "      GraphQL.", string.Empty]));
        Assert.Equal(["  first", " second", "third"], BlockStrings.DedentLines(["  first", "    second", "   third"]));
        Assert.Empty(BlockStrings.DedentLines([string.Empty, "  ", " \t "]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("  indented first line")]
    [InlineData("a\n  b\n c")]
    [InlineData("quote at the end\"")]
    [InlineData("slash at the end\\")]
    [InlineData("\"\"\" inside \"\"\" twice \"\"\"")]
    [InlineData("unicode \uD83D\uDE00 and tabs\t\t")]
    public void Printable_values_survive_print_and_parse(string value)
    {
        Assert.True(BlockStrings.IsPrintableAsBlockString(value));

        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(BlockStrings.Print(value)));

        Assert.Equal(value, parsed.Value);
    }
}
