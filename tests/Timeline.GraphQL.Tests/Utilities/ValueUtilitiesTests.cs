using System.Text.Json;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;
using Xunit;

namespace Timeline.GraphQL.Tests.Utilities;

/// <summary>Literal and variable coercion, conversion back to literals, and type comparison, against the conformance schema's types.</summary>
public sealed class ValueUtilitiesTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build(
        """
        type Query { f(e: EchoInput, r: Ref, p: Precision): Int }
        input EchoInput { text: String count: Int = 1 tags: [String!] p: Precision nested: [EchoInput] }
        input Ref @oneOf { id: ID title: String }
        enum Precision { DAY YEAR }
        interface Node { id: ID! }
        type A implements Node { id: ID! }
        type B { id: ID! }
        union U = A | B
        """);

    private static InputObjectType Echo => (InputObjectType)Schema.GetType("EchoInput")!;

    [Fact]
    public void Literals_coerce_with_defaults_filled_in_and_variables_read()
    {
        var literal = Parser.ParseValue("{ text: $t, tags: \"one\", p: YEAR, nested: [{ count: 2 }] }");

        var value = (Dictionary<string, object?>)ValueFromAst.Convert(literal, Echo, new Dictionary<string, object?> { ["t"] = "hi" })!;

        Assert.Equal("hi", value["text"]);
        Assert.Equal(1, value["count"]);
        Assert.Equal(new List<object?> { "one" }, value["tags"]);
        Assert.Equal("YEAR", value["p"]);
        var nested = Assert.Single((List<object?>)value["nested"]!);
        Assert.Equal(2, ((Dictionary<string, object?>)nested!)["count"]);
    }

    [Theory]
    [InlineData("{ text: 1 }")]
    [InlineData("{ unknown: 1 }")]
    [InlineData("{ tags: [null] }")]
    [InlineData("{ p: MONTH }")]
    [InlineData("\"text\"")]
    public void Invalid_literals_are_refused(string text)
    {
        Assert.False(ValueFromAst.TryConvert(Parser.ParseValue(text), Echo, null, out _));
    }

    [Theory]
    [InlineData("{ id: 1 }", true)]
    [InlineData("{ id: 1, title: \"x\" }", false)]
    [InlineData("{ id: null }", false)]
    [InlineData("{}", false)]
    public void OneOf_literals_need_exactly_one_non_null_field(string text, bool valid)
    {
        Assert.Equal(valid, ValueFromAst.TryConvert(Parser.ParseValue(text), Schema.GetType("Ref")!, null, out _));
    }

    [Fact]
    public void Variable_values_from_json_coerce_and_report_paths()
    {
        var json = JsonDocument.Parse("""{ "text": "a", "tags": ["x", 2], "p": "WEEK", "extra": true }""").RootElement;

        Assert.False(CoerceInputValue.TryCoerce(json, Echo, out _, out var errors));

        Assert.Collection(
            errors,
            e => Assert.Equal((".tags[1]", "String cannot represent a non string value: 2"), (e.PathText, e.Message)),
            e => Assert.Equal((".p", "Value \"WEEK\" does not exist in \"Precision\" enum."), (e.PathText, e.Message)),
            e => Assert.StartsWith("Field \"extra\" is not defined by type \"EchoInput\".", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_variable_values_become_runtime_values()
    {
        var json = JsonDocument.Parse("""{ "text": "a", "tags": "solo", "p": "DAY" }""").RootElement;

        Assert.True(CoerceInputValue.TryCoerce(json, Echo, out var value, out _));

        var map = (Dictionary<string, object?>)value!;
        Assert.Equal(new List<object?> { "solo" }, map["tags"]);
        Assert.Equal(1, map["count"]);
        Assert.Equal("DAY", map["p"]);
    }

    [Fact]
    public void Required_and_oneOf_problems_are_named()
    {
        var nonNull = SpecifiedScalars.Int.AsNonNull();
        Assert.False(CoerceInputValue.TryCoerce(null, nonNull, out _, out var nullErrors));
        Assert.Equal("Expected non-nullable type \"Int!\" not to be null.", Assert.Single(nullErrors).Message);

        var oneOf = JsonDocument.Parse("""{ "id": "1", "title": "t" }""").RootElement;
        Assert.False(CoerceInputValue.TryCoerce(oneOf, Schema.GetType("Ref")!, out _, out var oneOfErrors));
        Assert.Equal("Exactly one key must be specified for OneOf type \"Ref\".", Assert.Single(oneOfErrors).Message);
    }

    [Fact]
    public void Runtime_values_print_back_as_literals()
    {
        var value = new Dictionary<string, object?> { ["text"] = "a\"b", ["count"] = 2, ["tags"] = new[] { "x" }, ["p"] = "YEAR" };

        Assert.Equal("{ text: \"a\\\"b\", count: 2, tags: [\"x\"], p: YEAR }", Printer.Print(AstFromValue.Convert(value, Echo)!));
        Assert.Equal("1.5", Printer.Print(AstFromValue.Convert(1.5, SpecifiedScalars.Float)!));
        Assert.Equal("123", Printer.Print(AstFromValue.Convert("123", SpecifiedScalars.ID)!));
        Assert.Null(AstFromValue.Convert(null, SpecifiedScalars.Int.AsNonNull()));
    }

    [Fact]
    public void Type_comparators_follow_graphql_js()
    {
        var node = (NamedType)Schema.GetType("Node")!;
        var a = (NamedType)Schema.GetType("A")!;
        var b = (NamedType)Schema.GetType("B")!;
        var union = (NamedType)Schema.GetType("U")!;

        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, a.AsNonNull(), node));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, a, node.AsNonNull()));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, a.AsNonNull().AsList(), node.AsList()));
        Assert.True(TypeComparators.IsEqualType(a.AsList().AsNonNull(), new NonNullType(new ListType(a))));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, node, union));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, b, node));
        Assert.Equal("[A!]", TypeFromAst.Convert(Schema, Parser.ParseType("[A!]"))!.ToString());
        Assert.Null(TypeFromAst.Convert(Schema, Parser.ParseType("Missing")));
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100, "100")]
    public void Numbers_format_as_javascript_does(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }

    [Fact]
    public void Suggestions_and_did_you_mean_read_as_graphql_js()
    {
        Assert.Equal(["YEAR"], SuggestionList.Suggest("YAER", ["DAY", "YEAR", "MONTH"]));
        Assert.Equal(" Did you mean \"a\", \"b\", or \"c\"?", DidYouMean.Format(["a", "b", "c"]));
    }
}
