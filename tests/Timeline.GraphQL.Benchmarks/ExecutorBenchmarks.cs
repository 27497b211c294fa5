using BenchmarkDotNet.Attributes;
using Timeline.GraphQL.ConformanceHost;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.Benchmarks;

/// <summary>
/// The executor on the conformance fixture, on the three operations of bench.mjs. The document is parsed, validated and
/// planned in setup (the executor's document cache then answers every run), as bench.mjs measures graphql-js's
/// <c>execute</c> on an already parsed and validated document.
/// </summary>
[MemoryDiagnoser]
public class ExecutorBenchmarks
{
    private GraphQLExecutor executor = null!;
    private GraphQLRequest request = null!;

    [Params("three-fields", "fragments", "introspection")]
    public string Operation { get; set; } = "three-fields";

    [GlobalSetup]
    public void Setup()
    {
        var fixture = FixtureSchema.Load(FixturePaths.FindSchema([]));
        executor = new GraphQLExecutor(fixture.Schema, fixture.ExecutorOptions());
        var query = BenchmarkOperations.All().Single(o => o.Name == Operation).Query;
        request = new GraphQLRequest { Query = query };
        var check = executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult();
        if (!check.HasData || check.Errors.Count > 0)
        {
            throw new InvalidOperationException($"{Operation} does not run cleanly: {check.ToJson()}");
        }
    }

    /// <summary>Execution to the result's data, which the executor writes as JSON text as it goes.</summary>
    [Benchmark]
    public async Task<int> Execute() => (await executor.ExecuteAsync(request)).DataJson.Length;

    /// <summary>Execution and the whole response document as UTF-8 JSON, as a server sends it.</summary>
    [Benchmark]
    public async Task<int> ExecuteAndSerialize() => (await executor.ExecuteAsync(request)).ToUtf8Json().Length;
}
