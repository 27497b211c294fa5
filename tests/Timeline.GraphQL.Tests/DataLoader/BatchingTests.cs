using System.Collections.Concurrent;
using Timeline.GraphQL.DataLoader;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Tests.Execution;
using Xunit;

namespace Timeline.GraphQL.Tests.DataLoader;

public sealed class BatchingTests
{
    private const string Sdl = """
        type Query { items: [Item!]! asyncItems: [Item!]! }
        type Item { id: Int! child: Child tags: [String!]! }
        type Child { id: Int! grand: Grand }
        type Grand { id: Int! label: String }
        """;

    private readonly ConcurrentQueue<(string Loader, int Keys)> calls = new();

    private GraphQLExecutor Create(bool failGrands = false) => ExecutionHarness.Executor(Sdl, options =>
    {
        var items = Enumerable.Range(1, 50).Select(i => (object)new Dictionary<string, object?> { ["id"] = i }).ToList();
        var query = ExecutionHarness.Resolvers(options, "Query");
        query["items"] = _ => new(items);
        query["asyncItems"] = async _ =>
        {
            await Task.Yield();
            return items;
        };

        ExecutionHarness.Resolvers(options, "Item")["child"] = async c =>
        {
            var id = (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]!;
            return await c.DataLoader<int, Dictionary<string, object?>>("children", (keys, _) =>
            {
                calls.Enqueue(("children", keys.Count));
                return new(keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["id"] = k * 10 }));
            }).LoadAsync(id);
        };
        ExecutionHarness.Resolvers(options, "Item")["tags"] = async c =>
        {
            var id = (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]!;
            return await c.GroupedDataLoader<int, string>("tags", (keys, _) =>
            {
                calls.Enqueue(("tags", keys.Count));
                IReadOnlyDictionary<int, IReadOnlyList<string>> found = keys.Where(k => k % 2 == 0).ToDictionary(k => k, k => (IReadOnlyList<string>)[$"t{k}", "even"]);
                return new(found);
            }).LoadAsync(id);
        };
        ExecutionHarness.Resolvers(options, "Child")["grand"] = async c =>
        {
            var id = (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]!;
            return await c.DataLoader<int, Dictionary<string, object?>>("grands", async (keys, token) =>
            {
                calls.Enqueue(("grands", keys.Count));
                await Task.Delay(1, token);
                if (failGrands)
                {
                    throw new InvalidOperationException("grand store unavailable");
                }

                return keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["id"] = k + 1, ["label"] = "g" });
            }).LoadAsync(id);
        };
    });

    [Theory]
    [InlineData("items")]
    [InlineData("asyncItems")]
    public async Task Fifty_items_cost_one_batched_call_at_every_depth(string root)
    {
        var result = await Create().RunAsync($"{{ {root} {{ id child {{ id grand {{ id label }} }} }} }}", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        Assert.Equal([("children", 50), ("grands", 50)], calls.ToArray());
        var items = result.Data!.Value.GetProperty(root);
        Assert.Equal(50, items.GetArrayLength());
        Assert.Equal(171, items[16].GetProperty("child").GetProperty("grand").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Loaders_of_the_same_wave_dispatch_together_and_grouped_loaders_give_lists()
    {
        var result = await Create().RunAsync("{ items { tags child { id } } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        Assert.Equal([("children", 50), ("tags", 50)], calls.OrderBy(c => c.Loader).ToArray());
        var items = result.Data!.Value.GetProperty("items");
        Assert.Equal(0, items[0].GetProperty("tags").GetArrayLength());
        Assert.Equal("t2", items[1].GetProperty("tags")[0].GetString());
    }

    [Fact]
    public async Task Repeated_keys_are_fetched_once_per_request()
    {
        var result = await Create().RunAsync("{ items { a: child { id } b: child { id } } again: items { child { id } } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        Assert.Equal([("children", 50)], calls.ToArray());
    }

    [Fact]
    public async Task A_failing_fetch_fails_each_waiting_field()
    {
        var result = await Create(failGrands: true).RunAsync("{ items { child { grand { id } } } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(50, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("grand store unavailable", e.Message));
        Assert.Equal("items.0.child.grand", result.Errors.Select(e => e.PathText()).Order(StringComparer.Ordinal).First());
    }

    [Fact]
    public async Task A_loader_alone_fetches_when_dispatched()
    {
        var fetched = new List<IReadOnlyList<string>>();
        var loader = new BatchDataLoader<string, int>((keys, _) =>
        {
            fetched.Add(keys);
            return new(keys.ToDictionary(k => k, k => k.Length));
        });

        var a = loader.LoadAsync("a");
        var bb = loader.LoadAsync("bb");
        var again = loader.LoadAsync("a");
        await loader.DispatchAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, await a);
        Assert.Equal(2, await bb);
        Assert.Same(a, again);
        Assert.Equal(["a", "bb"], Assert.Single(fetched));
        Assert.Equal(1, loader.BatchCount);
    }

    [Fact]
    public async Task A_loader_name_reused_with_other_types_is_a_clear_error()
    {
        var executor = ExecutionHarness.Executor("type Query { a: Int b: Int }", options =>
        {
            var query = ExecutionHarness.Resolvers(options, "Query");
            query["a"] = async c => await c.DataLoader<int, int>("shared", (keys, _) => new(keys.ToDictionary(k => k, k => k))).LoadAsync(1);
            query["b"] = async c => await c.DataLoader<string, int>("shared", (keys, _) => new(keys.ToDictionary(k => k, k => 0))).LoadAsync("x");
        });

        var result = await executor.RunAsync("{ a b }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"a":1,"b":null}""");
        Assert.Contains("give loaders of different key or value types different names", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
