using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class FieldErrorTests
{
    private const string Sdl = """
        interface Named { name: String }
        type Person implements Named { name: String }
        type Query {
          broken: String
          coded: String
          async: String
          named: Named
          wrongType: Named
          notList: [String]
        }
        """;

    private readonly GraphQLExecutor executor = ExecutionHarness.Executor(Sdl, options =>
    {
        var query = ExecutionHarness.Resolvers(options, "Query");
        query["broken"] = _ => throw new InvalidOperationException("Database is down.");
        query["coded"] = _ => throw new GraphQLFieldException("Not yours.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });
        query["async"] = async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("Later failure.");
        };
        query["named"] = _ => new(new Dictionary<string, object?> { ["name"] = "n" });
        query["wrongType"] = _ => new(new Dictionary<string, object?> { ["__typename"] = "Query" });
        query["notList"] = _ => new(42);
    });

    [Fact]
    public async Task A_resolver_exception_becomes_a_field_error_with_its_message_location_and_path()
    {
        var result = await executor.RunAsync("{\n  ok: __typename\n  broken\n}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"ok":"Query","broken":null}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Database is down.", error.Message);
        Assert.Equal(new SourceLocation(3, 3), Assert.Single(error.Locations));
        Assert.Equal("broken", error.PathText());
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task Merged_fields_report_every_location()
    {
        var result = await executor.RunAsync("{ broken ... on Query { broken } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(1, 25)], Assert.Single(result.Errors).Locations);
    }

    [Fact]
    public async Task A_field_exception_carries_its_extensions_into_the_response()
    {
        var result = await executor.RunAsync("{ coded }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("FORBIDDEN", Assert.Single(result.Errors).Extensions["code"]);
        Assert.Contains("\"extensions\":{\"code\":\"FORBIDDEN\"}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_asynchronous_failure_is_reported_like_a_synchronous_one()
    {
        var result = await executor.RunAsync("{ async }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"async":null}""");
        Assert.Equal("Later failure.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task An_abstract_value_without_a_type_name_is_an_error()
    {
        var result = await executor.RunAsync("{ named { name } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"named":null}""");
        Assert.StartsWith("Abstract type \"Named\" must resolve to an Object type at runtime for field \"Query.named\".", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_abstract_value_of_a_type_outside_the_interface_is_an_error()
    {
        var result = await executor.RunAsync("{ wrongType { name } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Runtime Object type \"Query\" is not a possible type for \"Named\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_non_list_value_for_a_list_field_is_an_error()
    {
        var result = await executor.RunAsync("{ notList }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Expected Iterable, but did not find one for field \"Query.notList\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task The_response_json_lists_errors_before_data()
    {
        var result = await executor.RunAsync("{ broken }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"errors":[{"message":"Database is down.","locations":[{"line":1,"column":3}],"path":["broken"]}],"data":{"broken":null}}""",
            result.ToJson());
    }
}
