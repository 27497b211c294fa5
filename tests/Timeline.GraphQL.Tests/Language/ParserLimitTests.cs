using System.Text;
using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    [Fact]
    public void A_hundred_thousand_nested_brackets_stop_at_the_depth_limit()
    {
        var source = "{ f(a: " + new string('[', 100_000) + " }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Document nesting exceeds 256 levels. Parsing aborted.", error.Description);
        Assert.Equal(new SourceLocation(1, 8 + 255), error.Location);
    }

    [Fact]
    public void Deeply_nested_selection_sets_objects_and_list_types_are_limited()
    {
        var selections = new StringBuilder().Insert(0, "{ a ", 300).ToString();
        var objects = "{ f(a: " + new StringBuilder().Insert(0, "{ a: ", 300) + " }";
        var types = "query ($v: " + new string('[', 300) + "Int" + new string(']', 300) + ") { f }";

        foreach (var source in new[] { selections, objects, types })
        {
            var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
            Assert.Contains("nesting exceeds 256 levels", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var source = new StringBuilder().Insert(0, "{ a ", 256) + new string('}', 256);

        var document = Parser.Parse(source);

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void A_million_tokens_stop_at_the_token_limit()
    {
        var source = "{ " + new StringBuilder().Insert(0, "a ", 1_000_000) + "}";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Document contains more than 15000 tokens. Parsing aborted.", error.Description);
        Assert.Equal(new SourceLocation(1, 3 + (2 * 14999)), error.Location);
    }

    [Fact]
    public void The_token_limit_counts_like_graphql_js()
    {
        var options = new ParseOptions { MaxTokens = 8 };

        Assert.Equal(8, Parser.Parse("{ a(b: 1) }", options).TokenCount);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: 1) c }", options));
        Assert.Equal("Document contains more than 8 tokens. Parsing aborted.", error.Description);
    }

    [Fact]
    public void Without_practical_limits_the_stack_guard_still_answers_with_a_syntax_error()
    {
        var options = new ParseOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var source = "{ f(a: " + new string('[', 5_000_000) + " }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

        Assert.Contains("too deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_documents_parse_when_the_limits_are_raised()
    {
        var source = "{ " + new StringBuilder().Insert(0, "a ", 200_000) + "}";

        var document = Parser.Parse(source, new ParseOptions { MaxTokens = 1_000_000 });

        Assert.Equal(200_000, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
    }
}
