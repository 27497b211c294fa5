using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class ArgumentCoercionTests
{
    private readonly Timeline.GraphQL.Execution.GraphQLExecutor executor = EchoSchema.Create();

    [Fact]
    public async Task Literals_of_every_kind_coerce_to_runtime_values()
    {
        var result = await executor.RunAsync(
            """{ echo(i: 1, f: 2, s: "t", b: false, id: 9, c: BLUE, list: [1, null], strict: [3], p: {x: 1, y: 2, label: "l"}, choice: {b: "z"}) }""",
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""
            {"echo":"{b=bool:false,c=string:BLUE,choice={b=string:z},d=int:7,f=double:2,i=int:1,id=string:9,list=[int:1,null],n=string:x,p={label=string:l,x=int:1,y=int:2},s=string:t,strict=[int:3]}"}
            """);
    }

    [Fact]
    public async Task Absent_arguments_are_absent_and_defaults_are_filled_in()
    {
        var result = await executor.RunAsync("{ echo }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,n=string:x}"}""");
    }

    [Fact]
    public async Task Explicit_nulls_are_kept_and_override_defaults()
    {
        var result = await executor.RunAsync("{ echo(s: null, d: null, p: {x: 1, y: null}) }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=null,n=string:x,p={x=int:1,y=null},s=null}"}""");
    }

    [Fact]
    public async Task A_single_literal_becomes_a_list_of_one()
    {
        var result = await executor.RunAsync("{ echo(list: 5, points: {x: 2}) }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,list=[int:5],n=string:x,points=[{x=int:2,y=int:0}]}"}""");
    }

    [Fact]
    public async Task Variables_inside_literals_are_read_and_missing_ones_fall_back_to_defaults()
    {
        var result = await executor.RunAsync(
            "query($x: Int!, $y: Int, $item: Int) { echo(p: {x: $x, y: $y}, list: [1, $item]) }",
            "{\"x\": 4}",
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{d=int:7,list=[int:1,null],n=string:x,p={x=int:4,y=int:0}}"}""");
    }

    [Fact]
    public async Task A_oneOf_literal_can_take_its_field_from_a_variable()
    {
        var result = await executor.RunAsync("query($a: Int!) { echo(choice: {a: $a}) }", "{\"a\": 2}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"echo":"{choice={a=int:2},d=int:7,n=string:x}"}""");
    }

    [Fact]
    public async Task The_same_document_with_other_variables_gets_other_arguments()
    {
        var first = await executor.RunAsync("query($v: Int) { echo(i: $v) }", "{\"v\": 1}", cancellationToken: TestContext.Current.CancellationToken);
        var second = await executor.RunAsync("query($v: Int) { echo(i: $v) }", "{\"v\": 2}", cancellationToken: TestContext.Current.CancellationToken);

        first.AssertData("""{"echo":"{d=int:7,i=int:1,n=string:x}"}""");
        second.AssertData("""{"echo":"{d=int:7,i=int:2,n=string:x}"}""");
    }
}
