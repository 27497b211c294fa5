using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private readonly Timeline.GraphQL.Execution.GraphQLExecutor executor = EchoSchema.Create();

    [Theory]
    [InlineData("Int", "3", "int:3")]
    [InlineData("Int", "4.0", "int:4")]
    [InlineData("Int", "-2147483648", "int:-2147483648")]
    [InlineData("Float", "2", "double:2")]
    [InlineData("Float", "2.5", "double:2.5")]
    [InlineData("String", "\"text\"", "string:text")]
    [InlineData("Boolean", "true", "bool:true")]
    [InlineData("ID", "\"abc\"", "string:abc")]
    [InlineData("ID", "42", "string:42")]
    [InlineData("Color", "\"GREEN\"", "string:GREEN")]
    public async Task Each_scalar_and_enum_coerces_from_JSON(string type, string json, string expected)
    {
        var argument = ArgumentFor(type);
        var result = await executor.RunAsync($"query($v: {type}) {{ echo({argument}: $v) }}", $"{{\"v\": {json}}}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        Assert.Contains($"{argument}={expected}", result.Data!.Value.GetProperty("echo").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Int", "3.5", "Int cannot represent non-integer value: 3.5")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "\"3\"", "Int cannot represent non-integer value: \"3\"")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("String", "5", "String cannot represent a non string value: 5")]
    [InlineData("Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", "1.5", "ID cannot represent value: 1.5")]
    [InlineData("Color", "\"PURPLE\"", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    public async Task Invalid_values_are_request_errors_at_the_variable_definition(string type, string json, string reason)
    {
        var result = await executor.RunAsync($"query(\n  $v: {type}) {{ echo({ArgumentFor(type)}: $v) }}", $"{{\"v\": {json}}}", cancellationToken: TestContext.Current.CancellationToken);

        var message = Assert.Single(result.AssertRequestError());
        Assert.Equal($"Variable \"$v\" has invalid value: {reason}", message);
        Assert.Equal(new SourceLocation(2, 3), Assert.Single(result.Errors[0].Locations));
        Assert.Equal("BAD_USER_INPUT", result.Errors[0].Extensions["code"]);
    }

    [Fact]
    public async Task A_single_value_becomes_a_list_of_one()
    {
        var result = await executor.RunAsync("query($v: [Int]) { echo(list: $v) }", "{\"v\": 3}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,list=[int:3],n=string:x}"}""");
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_is_reported_with_its_index()
    {
        var result = await executor.RunAsync("query($v: [Int!]) { echo(strict: $v) }", "{\"v\": [1, null, 3]}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Variable \"$v\" has invalid value[1]: Expected non-nullable type \"Int!\" not to be null.", Assert.Single(result.AssertRequestError()));
    }

    [Fact]
    public async Task Input_objects_get_their_field_defaults_and_keep_explicit_nulls()
    {
        var result = await executor.RunAsync("query($v: Point) { echo(p: $v) }", "{\"v\": {\"x\": 1, \"label\": null}}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,n=string:x,p={label=null,x=int:1,y=int:0}}"}""");
    }

    [Theory]
    [InlineData("{\"y\": 1}", "Variable \"$v\" has invalid value: Field \"x\" of required type \"Int!\" was not provided.")]
    [InlineData("{\"x\": 1, \"z\": 2}", "Variable \"$v\" has invalid value: Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?")]
    [InlineData("{\"x\": \"one\"}", "Variable \"$v\" has invalid value.x: Int cannot represent non-integer value: \"one\"")]
    [InlineData("[1]", "Variable \"$v\" has invalid value: Expected type \"Point\" to be an object.")]
    public async Task Input_object_problems_name_the_field(string json, string expected)
    {
        var result = await executor.RunAsync("query($v: Point) { echo(p: $v) }", $"{{\"v\": {json}}}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected, Assert.Single(result.AssertRequestError()));
    }

    [Fact]
    public async Task Lists_of_input_objects_report_the_item_path()
    {
        var result = await executor.RunAsync("query($v: [Point!]) { echo(points: $v) }", "{\"v\": [{\"x\": 1}, {\"x\": true}]}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Variable \"$v\" has invalid value[1].x: Int cannot represent non-integer value: true", Assert.Single(result.AssertRequestError()));
    }

    [Theory]
    [InlineData("{\"a\": 1}", null)]
    [InlineData("{\"a\": 1, \"b\": \"x\"}", "Variable \"$v\" has invalid value: Exactly one key must be specified for OneOf type \"Choice\".")]
    [InlineData("{\"a\": null}", "Variable \"$v\" has invalid value.a: Field \"a\" must be non-null.")]
    [InlineData("{}", "Variable \"$v\" has invalid value: Exactly one key must be specified for OneOf type \"Choice\".")]
    public async Task OneOf_inputs_take_exactly_one_non_null_field(string json, string? expected)
    {
        var result = await executor.RunAsync("query($v: Choice) { echo(choice: $v) }", $"{{\"v\": {json}}}", cancellationToken: TestContext.Current.CancellationToken);

        if (expected is null)
        {
            result.AssertData("""{"echo":"{choice={a=int:1},d=int:7,n=string:x}"}""");
        }
        else
        {
            Assert.Equal(expected, Assert.Single(result.AssertRequestError()));
        }
    }

    [Fact]
    public async Task A_variable_default_applies_when_the_variable_is_missing()
    {
        var result = await executor.RunAsync("query($v: Int = 5) { echo(i: $v) }", "{}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,i=int:5,n=string:x}"}""");
    }

    [Fact]
    public async Task An_explicit_null_overrides_a_variable_default()
    {
        var result = await executor.RunAsync("query($v: Int = 5) { echo(i: $v) }", "{\"v\": null}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,i=null,n=string:x}"}""");
    }

    [Fact]
    public async Task A_missing_nullable_variable_lets_the_argument_default_apply()
    {
        var result = await executor.RunAsync("query($v: Int) { echo(d: $v, i: $v) }", null, cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,n=string:x}"}""");
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_request_error()
    {
        var result = await executor.RunAsync("query($v: Int!) { required(i: $v) }", "{}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Variable \"$v\" of required type \"Int!\" was not provided.", Assert.Single(result.AssertRequestError()));
    }

    [Fact]
    public async Task Null_for_a_non_null_variable_is_a_request_error()
    {
        var result = await executor.RunAsync("query($v: Int!) { required(i: $v) }", "{\"v\": null}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Variable \"$v\" of non-null type \"Int!\" must not be null.", Assert.Single(result.AssertRequestError()));
    }

    [Fact]
    public async Task Variables_that_are_not_an_object_are_a_request_error()
    {
        var result = await executor.RunAsync("query($v: Int) { echo(i: $v) }", "[1, 2]", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("JSON object", Assert.Single(result.AssertRequestError()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_variable_is_reported_at_once()
    {
        var result = await executor.RunAsync("query($a: Int, $b: String, $c: Boolean!) { echo(i: $a, s: $b, b: $c) }", "{\"a\": \"x\", \"b\": 1}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.AssertRequestError().Count);
    }

    private static string ArgumentFor(string type) => type switch
    {
        "Int" => "i",
        "Float" => "f",
        "String" => "s",
        "Boolean" => "b",
        "ID" => "id",
        _ => "c",
    };
}
