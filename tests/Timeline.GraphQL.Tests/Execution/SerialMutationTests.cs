using System.Collections.Concurrent;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class SerialMutationTests
{
    private const string Sdl = """
        type Query { log: [String!]! }
        type Mutation { add(entry: String!, delayMs: Int = 0): [String!]! fail: String }
        """;

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_in_document_order()
    {
        var log = new ConcurrentQueue<string>();
        var running = 0;
        var overlapped = false;
        var executor = ExecutionHarness.Executor(Sdl, options =>
        {
            ExecutionHarness.Resolvers(options, "Mutation")["add"] = async c =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                await Task.Delay(c.GetArgument<int>("delayMs"), c.CancellationToken);
                log.Enqueue(c.GetArgument<string>("entry")!);
                Interlocked.Decrement(ref running);
                return log.ToList();
            };
        });

        var result = await executor.RunAsync(
            """mutation { a: add(entry: "a", delayMs: 60) b: add(entry: "b", delayMs: 1) c: add(entry: "c", delayMs: 20) }""",
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        result.AssertData("""{"a":["a"],"b":["a","b"],"c":["a","b","c"]}""");
        Assert.False(overlapped);
    }

    [Fact]
    public async Task A_failing_mutation_field_does_not_stop_the_next_one()
    {
        var entries = new List<string>();
        var executor = ExecutionHarness.Executor(Sdl, options =>
        {
            var mutation = ExecutionHarness.Resolvers(options, "Mutation");
            mutation["add"] = c =>
            {
                entries.Add(c.GetArgument<string>("entry")!);
                return new(entries.ToList());
            };
            mutation["fail"] = _ => throw new InvalidOperationException("no");
        });

        var result = await executor.RunAsync("""mutation { fail add(entry: "x") }""", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"fail":null,"add":["x"]}""");
        Assert.Equal("fail", Assert.Single(result.Errors).PathText());
    }
}
