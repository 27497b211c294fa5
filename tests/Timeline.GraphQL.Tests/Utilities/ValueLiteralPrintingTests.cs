using System.Text.Json;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;
using Xunit;

namespace Timeline.GraphQL.Tests.Utilities;

/// <summary>Value literals (as default values are printed) print as graphql-js 17.1 prints them; each line is [source, printed by graphql-js].</summary>
public sealed class ValueLiteralPrintingTests
{
    private const string GraphQLJsCases = """"
["[\"aaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccccc\", \"ddddddddddd\"]","[\n  \"aaaaaaaaaaaaaaaa\"\n  \"bbbbbbbbbbbbbbbbbbbbbb\"\n  \"cccccccccccccccccccccc\"\n  \"ddddddddddd\"\n]"]
["{a: [\"aaaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"], b: {c: 1, a: [\"x\"]}, c: 12345678}","{\n  a: [\"aaaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"]\n  b: { c: 1, a: [\"x\"] }\n  c: 12345678\n}"]
["[[\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"], {a: \"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\"}]","[\n  [\n    \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n    \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  ]\n  { a: \"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\" }\n]"]
["{}","{  }"]
["[]","[]"]
["{a: \"\"\"block\nstring\"\"\", b: [1, 2.5, ENUM, null, true, $v]}","{ a: \"\"\"\nblock\nstring\n\"\"\", b: [1, 2.5, ENUM, null, true, $v] }"]
["[\"0123456789012345678901234567890123456\", \"0123456789012345678901234567890123\"]","[\"0123456789012345678901234567890123456\", \"0123456789012345678901234567890123\"]"]
["[\"0123456789012345678901234567890123456\", \"01234567890123456789012345678901234\"]","[\"0123456789012345678901234567890123456\", \"01234567890123456789012345678901234\"]"]
"""";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in GraphQLJsCases.Split('\n'))
        {
            var pair = JsonSerializer.Deserialize<string[]>(line)!;
            data.Add(pair[0], pair[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_as_graphql_js(string source, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(source)));
    }
}
