using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class ConcurrentFieldTests
{
    [Fact]
    public async Task Asynchronous_query_fields_run_at_the_same_time()
    {
        // Each resolver waits until the other has started: run one after the other, they would never finish.
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = ExecutionHarness.Executor("type Query { first: String second: String }", options =>
        {
            var query = ExecutionHarness.Resolvers(options, "Query");
            query["first"] = async c =>
            {
                firstStarted.TrySetResult();
                await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), c.CancellationToken);
                return "one";
            };
            query["second"] = async c =>
            {
                secondStarted.TrySetResult();
                await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), c.CancellationToken);
                return "two";
            };
        });

        var result = await executor.RunAsync("{ first second }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        result.AssertData("""{"first":"one","second":"two"}""");
    }

    [Fact]
    public async Task Results_keep_selection_order_whatever_order_fields_finish_in()
    {
        var executor = ExecutionHarness.Executor("type Query { items: [Item!]! } type Item { id: Int! slow: String fast: String }", options =>
        {
            ExecutionHarness.Resolvers(options, "Query")["items"] = _ => new(Enumerable.Range(0, 5).Select(i => new Dictionary<string, object?> { ["id"] = i }).ToList());
            var item = ExecutionHarness.Resolvers(options, "Item");
            item["slow"] = async c =>
            {
                await Task.Delay(5 * (5 - (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]!), c.CancellationToken);
                return "s";
            };
            item["fast"] = _ => new("f");
        });

        var result = await executor.RunAsync("{ items { slow id fast } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""
            {"items":[{"slow":"s","id":0,"fast":"f"},{"slow":"s","id":1,"fast":"f"},{"slow":"s","id":2,"fast":"f"},{"slow":"s","id":3,"fast":"f"},{"slow":"s","id":4,"fast":"f"}]}
            """);
    }
}
