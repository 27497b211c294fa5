using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("kitchen-sink-query")]
    [InlineData("kitchen-sink-schema")]
    public void Kitchen_sinks_print_exactly_as_graphql_js_prints_them(string name)
    {
        var printed = Printer.Print(Parser.Parse(Fixtures.Read(name + ".graphql")));

        Assert.Equal(Fixtures.Read(name + ".printed.graphql"), printed + "\n");
    }

    [Theory]
    [InlineData("kitchen-sink-query")]
    [InlineData("kitchen-sink-schema")]
    public void Printing_is_stable(string name)
    {
        var once = Printer.Print(Parser.Parse(Fixtures.Read(name + ".graphql")));

        Assert.Equal(once, Printer.Print(Parser.Parse(once)));
    }

    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("query Q { id }", "query Q {\n  id\n}")]
    [InlineData("query @dir { id }", "query @dir {\n  id\n}")]
    [InlineData("mutation { id }", "mutation {\n  id\n}")]
    [InlineData("query ($foo: TestType = {a: 123} @testDirective(if: true) @test) { id }", "query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) {\n  id\n}")]
    [InlineData("{ f(a: {}) }", "{\n  f(a: {  })\n}")]
    [InlineData("{ f(a: []) }", "{\n  f(a: [])\n}")]
    [InlineData("{ a: b @x @y(z: 1) { c } }", "{\n  a: b @x @y(z: 1) {\n    c\n  }\n}")]
    [InlineData("{ ... on T @d { a } ...F @e }", "{\n  ... on T @d {\n    a\n  }\n  ...F @e\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { a }", "fragment F on T {\n  a\n}")]
    [InlineData("{ f(s: \"a\\\"b\\\\c\\u0000\\u001f\\u007f\\u009f\\t\\n/\") }", "{\n  f(s: \"a\\\"b\\\\c\\u0000\\u001F\\u007F\\u009F\\t\\n/\")\n}")]
    public void Prints_executable_forms_like_graphql_js(string source, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Long_lists_and_objects_wrap_past_eighty_columns()
    {
        var source = "{ f(list: [\"aaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccc\", \"dddddddddd\"], obj: {first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\", third: 3}) }";

        var expected = "{\n  f(\n    list: [\n      \"aaaaaaaaaaaaaaaaaaaa\"\n      \"bbbbbbbbbbbbbbbbbbbb\"\n      \"cccccccccccccccccccc\"\n      \"dddddddddd\"\n    ]\n    obj: {\n      first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\"\n      second: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n      third: 3\n    }\n  )\n}";
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Nodes_print_on_their_own_and_through_ToString()
    {
        var type = Parser.ParseType("[ Int ! ] !");
        var value = Parser.ParseValue("{a: [1, 2.5, \"x\", ENUM, null, true, $v]}");

        Assert.Equal("[Int!]!", Printer.Print(type));
        Assert.Equal("{ a: [1, 2.5, \"x\", ENUM, null, true, $v] }", value.ToString());
    }

    [Fact]
    public void Nodes_built_in_code_print_without_locations()
    {
        var field = new FieldNode(
            new NameNode("alias"),
            new NameNode("field"),
            [new ArgumentNode(new NameNode("text"), new StringValueNode("multi\nline", block: true))],
            null,
            null);
        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, null, null, new SelectionSetNode([field]))]);

        Assert.Equal("{\n  alias: field(text: \"\"\"\n  multi\n  line\n  \"\"\")\n}", Printer.Print(document));
    }
}
