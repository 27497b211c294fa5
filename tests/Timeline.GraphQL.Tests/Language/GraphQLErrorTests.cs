using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class GraphQLErrorTests
{
    [Fact]
    public void AtNodes_takes_the_locations_of_parsed_nodes_only()
    {
        var field = ((OperationDefinitionNode)Parser.Parse("{\n  a\n  b\n}").Definitions[0]).SelectionSet.Selections;

        var error = GraphQLError.AtNodes("Fields conflict.", field[0], new NameNode("built"), field[1]);

        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 3)], error.Locations);
        Assert.Null(error.Path);
        Assert.Empty(error.Extensions);
        Assert.Equal("Fields conflict. (2:3, 3:3)", error.ToString());
    }

    [Fact]
    public void Carries_path_extensions_and_the_cause()
    {
        var cause = new InvalidOperationException("boom");
        var error = new GraphQLError("Resolver failed.", extensions: new Dictionary<string, object?> { ["code"] = "INTERNAL" }, innerException: cause)
            .WithPath(["events", 2, "title"]);

        Assert.Equal(["events", 2, "title"], error.Path!);
        Assert.Equal("INTERNAL", error.Extensions["code"]);
        Assert.Same(cause, error.InnerException);
        Assert.Equal("Resolver failed.", error.ToString());
    }

    [Fact]
    public void SourceLocation_prints_line_and_column()
    {
        Assert.Equal("4:12", new SourceLocation(4, 12).ToString());
        Assert.Equal(new SourceLocation(2, 0), SourceText.GetLocation("a\r\nb", 2));
        Assert.Equal(new SourceLocation(2, 1), SourceText.GetLocation("a\r\nb", 3));
        Assert.Equal(new SourceLocation(3, 1), SourceText.GetLocation("a\rb\nc", 4));
    }
}
