using System.Text.Json;
using Timeline.GraphQL.Execution;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class IntrospectionExecutionTests
{
    private const string Sdl = """
        "The schema."
        schema { query: Query }
        "A day."
        scalar Day @specifiedBy(url: "https://example.com/day")
        directive @tag(name: String) repeatable on FIELD_DEFINITION
        input Pick @oneOf { a: Int b: Int old: Int @deprecated(reason: "gone") }
        type Query {
          "Today."
          today(format: String = "iso", legacy: Boolean @deprecated(reason: "unused")): Day @tag(name: "x")
          pick(p: Pick): Int
          old: Int @deprecated
        }
        """;

    private readonly GraphQLExecutor executor = ExecutionHarness.Executor(Sdl);

    [Fact]
    public async Task Introspection_types_describe_themselves()
    {
        var result = await executor.RunAsync("""{ __type(name: "__Type") { name kind fields { name } } }""", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        var type = result.Data!.Value.GetProperty("__type");
        Assert.Equal("OBJECT", type.GetProperty("kind").GetString());
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            type.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Schema_types_include_the_introspection_types()
    {
        var result = await executor.RunAsync("{ __schema { description types { name } } }", cancellationToken: TestContext.Current.CancellationToken);

        var schema = result.Data!.Value.GetProperty("__schema");
        Assert.Equal("The schema.", schema.GetProperty("description").GetString());
        var names = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation", "Day", "Pick" }, names);
    }

    [Fact]
    public async Task Scalars_oneOf_inputs_and_repeatable_directives_are_described()
    {
        var result = await executor.RunAsync(
            """
            { day: __type(name: "Day") { description specifiedByURL }
              pick: __type(name: "Pick") { isOneOf inputFields { name } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              __schema { directives { name isRepeatable locations } } }
            """,
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        var data = result.Data!.Value;
        Assert.Equal("https://example.com/day", data.GetProperty("day").GetProperty("specifiedByURL").GetString());
        Assert.Equal("A day.", data.GetProperty("day").GetProperty("description").GetString());
        Assert.True(data.GetProperty("pick").GetProperty("isOneOf").GetBoolean());
        Assert.Equal(2, data.GetProperty("pick").GetProperty("inputFields").GetArrayLength());
        Assert.Equal("gone", data.GetProperty("pick").GetProperty("all")[2].GetProperty("deprecationReason").GetString());
        var tag = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "tag");
        Assert.True(tag.GetProperty("isRepeatable").GetBoolean());
        Assert.Equal("FIELD_DEFINITION", tag.GetProperty("locations")[0].GetString());
    }

    [Fact]
    public async Task Deprecated_arguments_show_only_when_asked_for()
    {
        var result = await executor.RunAsync(
            """
            { __type(name: "Query") {
                fields(includeDeprecated: true) { name isDeprecated description
                  args { name defaultValue }
                  allArgs: args(includeDeprecated: true) { name isDeprecated } } } }
            """,
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        var fields = result.Data!.Value.GetProperty("__type").GetProperty("fields");
        var today = fields[0];
        Assert.Equal("Today.", today.GetProperty("description").GetString());
        Assert.Equal("\"iso\"", Assert.Single(today.GetProperty("args").EnumerateArray()).GetProperty("defaultValue").GetString());
        Assert.Equal(2, today.GetProperty("allArgs").GetArrayLength());
        Assert.True(fields[2].GetProperty("isDeprecated").GetBoolean());
    }

    [Fact]
    public async Task Typename_answers_inside_introspection()
    {
        var result = await executor.RunAsync("{ __schema { __typename queryType { __typename name } } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"__schema":{"__typename":"__Schema","queryType":{"__typename":"__Type","name":"Query"}}}""");
    }

    [Fact]
    public async Task An_unknown_type_name_gives_null()
    {
        var result = await executor.RunAsync("""{ __type(name: "Nope") { name } }""", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"__type":null}""");
        Assert.Equal(JsonValueKind.Null, result.Data!.Value.GetProperty("__type").ValueKind);
    }
}
