using System.Diagnostics;
using System.Globalization;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.ConformanceHost;

/// <summary>
/// The three operations of the fixture's <c>bench.mjs</c>, run in process through the executor (document cache warm,
/// response serialized), printing operations per second the way bench.mjs does, to compare with graphql-js.
/// </summary>
internal static class InProcessBenchmark
{
    /// <summary>Runs each operation (or only <paramref name="only"/>) for <paramref name="seconds"/> after a warm-up.</summary>
    public static async Task RunAsync(GraphQLExecutor executor, double seconds, string? only = null)
    {
        foreach (var (name, query) in BenchmarkOperations.All())
        {
            if (only is not null && only != name)
            {
                continue;
            }

            var request = new GraphQLRequest { Query = query };
            var check = await executor.ExecuteAsync(request);
            if (!check.HasData || check.Errors.Count > 0)
            {
                throw new InvalidOperationException($"{name} does not run cleanly: {check.ToJson()}");
            }

            for (var i = 0; i < 2000; i++)
            {
                (await executor.ExecuteAsync(request)).ToUtf8Json();
            }

            var count = 0;
            var clock = Stopwatch.StartNew();
            var until = TimeSpan.FromSeconds(seconds);
            while (clock.Elapsed < until)
            {
                for (var i = 0; i < 100; i++)
                {
                    (await executor.ExecuteAsync(request)).ToUtf8Json();
                }

                count += 100;
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {count / elapsed:0} ops/s ({elapsed / count * 1e6:0.00} µs/op)"));
        }
    }
}
