using Timeline.GraphQL.Execution;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class OperationSelectionTests
{
    private const string Document = "query A { a: __typename } query B { b: __typename } mutation M { m: __typename }";

    private readonly GraphQLExecutor executor = ExecutionHarness.Executor("type Query { x: Int } type Mutation { y: Int }");

    [Theory]
    [InlineData("A", """{"a":"Query"}""")]
    [InlineData("B", """{"b":"Query"}""")]
    [InlineData("M", """{"m":"Mutation"}""")]
    public async Task The_named_operation_runs(string name, string expected)
    {
        var result = await executor.RunAsync(Document, operationName: name, cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData(expected);
    }

    [Fact]
    public async Task Several_operations_need_a_name()
    {
        var result = await executor.RunAsync(Document, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(result.AssertRequestError()));
    }

    [Fact]
    public async Task An_unknown_name_is_a_request_error()
    {
        var result = await executor.RunAsync(Document, operationName: "C", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Unknown operation named \"C\".", Assert.Single(result.AssertRequestError()));
    }

    [Fact]
    public async Task A_lone_operation_runs_without_a_name()
    {
        var result = await executor.RunAsync("query Only { __typename }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"__typename":"Query"}""");
    }

    [Fact]
    public async Task A_document_of_fragments_only_has_no_operation()
    {
        var result = await executor.RunAsync("fragment F on Query { x }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.AssertRequestError());
    }

    [Fact]
    public async Task A_request_may_be_barred_from_running_mutations()
    {
        var request = new GraphQLRequest { Query = Document, OperationName = "M", AllowedOperations = AllowedOperations.Query };

        var result = await executor.ExecuteAsync(request, null, TestContext.Current.CancellationToken);

        result.AssertRequestError();
        Assert.Equal(ErrorCodes.OperationNotAllowed, result.Errors[0].Extensions["code"]);
    }
}
