using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Limits;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_the_caller_token_stops_execution_with_an_exception()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = ExecutionHarness.Executor("type Query { slow: String }", options =>
        {
            ExecutionHarness.Resolvers(options, "Query")["slow"] = async c =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            };
        });

        var running = executor.RunAsync("{ slow }", cancellationToken: cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task A_cancelled_token_is_refused_before_any_work()
    {
        var executor = ExecutionHarness.Executor("type Query { x: Int }");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.RunAsync("{ x }", cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task The_execution_timeout_answers_a_coded_request_error()
    {
        var options = new GraphQLExecutorOptions { Limits = new ExecutionLimits { Timeout = TimeSpan.FromMilliseconds(100) } };
        var executor = ExecutionHarness.Executor("type Query { slow: String }", build =>
        {
            ExecutionHarness.Resolvers(build, "Query")["slow"] = async c =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            };
        }, options);

        var result = await executor.RunAsync("{ slow }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertRequestError();
        Assert.Equal(ErrorCodes.Timeout, result.Errors[0].Extensions["code"]);
    }

    [Fact]
    public async Task The_timeout_answers_even_when_a_resolver_ignores_cancellation()
    {
        var options = new GraphQLExecutorOptions { Limits = new ExecutionLimits { Timeout = TimeSpan.FromMilliseconds(100) } };
        var release = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = ExecutionHarness.Executor("type Query { stubborn: String }", build =>
        {
            ExecutionHarness.Resolvers(build, "Query")["stubborn"] = _ => new(release.Task);
        }, options);

        var result = await executor.RunAsync("{ stubborn }", cancellationToken: TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        release.SetResult("late");

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Extensions["code"]);
    }
}
