using Timeline.Export.Cypher;
using Xunit;

namespace Timeline.Export.Tests;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"no\"", "\"say \\\"no\\\"\"")]
    [InlineData(@"C:\path\n", "\"C:\\\\path\\\\n\"")]
    [InlineData("two\nlines\r\n", "\"two\\nlines\\r\\n\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("it's; // not a comment", "\"it's; // not a comment\"")]
    [InlineData("bell\u0007 and \u2028", "\"bell\\u0007 and \\u2028\"")]
    [InlineData("Qasem Soleimani – قاسم سليماني", "\"Qasem Soleimani – قاسم سليماني\"")]
    public void Strings_are_quoted_with_every_special_character_escaped(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Text(value));
    }

    [Fact]
    public void Null_dates_and_lists_have_their_cypher_forms()
    {
        Assert.Equal("null", CypherLiteral.Text(null));
        Assert.Equal("date(\"2020-01-03\")", CypherLiteral.Date(new DateOnly(2020, 1, 3)));
        Assert.Equal("[\"a\", \"b\\\"c\"]", CypherLiteral.Strings(["a", "b\"c"]));
        Assert.Equal("[]", CypherLiteral.Strings([]));
    }
}
