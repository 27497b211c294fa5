using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>parse(print(parse(x))) must equal parse(x) for every document of the corpus.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string>
        {
            Fixtures.Read("kitchen-sink-query.graphql"),
            Fixtures.Read("kitchen-sink-schema.graphql"),
            "{ f(a: \"\"\"  leading spaces\"\"\", b: \"\"\"trailing quote\" \"\"\", c: \"\"\"\n  \\\"\"\"\n\"\"\") }",
            "{ f(a: \"\"\"\n  trailing slash\\\n  \"\"\") }",
            "type T {\n  \"\"\"\n  multi\n    indented\n  \"\"\"\n  f(\"\"\"arg\n  doc\"\"\" a: Int = 1): [[String!]!]\n}",
        };
        foreach (var (_, source) in SyntaxErrorCorpusTests.Cases())
        {
            if (TryParse(source) is not null)
            {
                documents.Add(source);
            }
        }

        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Printing_and_parsing_again_gives_the_same_tree(string source)
    {
        var parsed = Parser.Parse(source);

        var reparsed = Parser.Parse(Printer.Print(parsed));

        Assert.Equal(AstDump.Of(parsed), AstDump.Of(reparsed));
    }

    private static DocumentNode? TryParse(string source)
    {
        try
        {
            return Parser.Parse(source);
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }
    }
}
