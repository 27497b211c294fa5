using Timeline.GraphQL.Execution;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class RequestErrorTests
{
    private readonly GraphQLExecutor executor = ExecutionHarness.Executor("type Query { x: Int }");

    [Fact]
    public async Task A_syntax_error_has_no_data_and_a_location()
    {
        var result = await executor.RunAsync("{ x ", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", Assert.Single(result.AssertRequestError()));
        Assert.Equal(new SourceLocation(1, 5), Assert.Single(result.Errors[0].Locations));
        Assert.Equal(ErrorCodes.ParseFailed, result.Errors[0].Extensions["code"]);
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_has_no_data()
    {
        var result = await executor.RunAsync("{ y }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.StartsWith("Cannot query field \"y\" on type \"Query\".", Assert.Single(result.AssertRequestError()), StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Errors[0].Extensions["code"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_request_without_a_query_is_a_request_error(string? query)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query }, null, TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.MissingQuery, Assert.Single(result.Errors).Extensions["code"]);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_mutation_without_a_mutation_type_answers_null_data_with_the_error()
    {
        var noValidation = ExecutionHarness.Executor("type Query { x: Int }", options: new GraphQLExecutorOptions { Validate = (_, _) => [] });

        var result = await noValidation.RunAsync("mutation { x }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("null", result.DataText());
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors).Message);
    }
}
