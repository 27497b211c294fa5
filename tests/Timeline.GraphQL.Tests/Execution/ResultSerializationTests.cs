using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class ResultSerializationTests
{
    private const string Sdl = """
        enum Mood { HAPPY SAD }
        scalar Json
        type Query { int: Int float: Float string: String boolean: Boolean id: ID mood: Mood json: Json }
        """;

    private static GraphQLExecutor With(string field, object? value) => ExecutionHarness.Executor(Sdl, options =>
    {
        ExecutionHarness.Resolvers(options, "Query")[field] = _ => new(value);
    });

    [Theory]
    [InlineData("int", 5L, "5")]
    [InlineData("int", 3.0, "3")]
    [InlineData("int", true, "1")]
    [InlineData("float", 2, "2")]
    [InlineData("float", 0.1, "0.1")]
    [InlineData("float", 1e300, "1E+300")]
    [InlineData("string", 12, "\"12\"")]
    [InlineData("string", false, "\"false\"")]
    [InlineData("boolean", 0, "false")]
    [InlineData("id", 7, "\"7\"")]
    [InlineData("mood", "SAD", "\"SAD\"")]
    public async Task Scalars_and_enums_serialize_as_graphql_js_does(string field, object value, string expected)
    {
        var result = await With(field, value).RunAsync($"{{ {field} }}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        Assert.Equal($"{{\"{field}\":{expected}}}", result.DataText());
    }

    [Theory]
    [InlineData("int", 3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("mood", "ANGRY", "Enum \"Mood\" cannot represent value: \"ANGRY\"")]
    public async Task Unrepresentable_results_are_field_errors(string field, object value, string message)
    {
        var result = await With(field, value).RunAsync($"{{ {field} }}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal($"{{\"{field}\":null}}", result.DataText());
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Strings_are_escaped_as_json()
    {
        var result = await With("string", "quote \" slash \\ line\n tab\t bell\u0007 é 😀").RunAsync("{ string }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("quote \" slash \\ line\n tab\t bell\u0007 é 😀", result.Data!.Value.GetProperty("string").GetString());
    }

    [Fact]
    public async Task A_custom_scalar_may_answer_structured_values()
    {
        var value = new Dictionary<string, object?> { ["a"] = new object?[] { 1, "two", null, true }, ["b"] = 2.5 };

        var result = await With("json", value).RunAsync("{ json }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"json":{"a":[1,"two",null,true],"b":2.5}}""");
    }

    [Fact]
    public async Task Objects_without_resolvers_read_properties_by_name()
    {
        var executor = ExecutionHarness.Executor("type Query { person: Person } type Person { name: String age: Int }", options =>
        {
            ExecutionHarness.Resolvers(options, "Query")["person"] = _ => new(new PersonRecord("Ada", 36));
        });

        var result = await executor.RunAsync("{ person { name age } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"person":{"name":"Ada","age":36}}""");
    }

    private sealed record PersonRecord(string Name, int Age);
}
