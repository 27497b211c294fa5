using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Limits;
using Timeline.GraphQL.Tests.Execution;
using Timeline.GraphQL.Tests.Utilities;
using Xunit;

namespace Timeline.GraphQL.Tests.Limits;

public sealed class LimitTests
{
    private const string Sdl = """
        type Query { node: Node list(first: Int, last: Int): [Node!]! }
        type Node { id: Int child: Node children(first: Int): [Node!]! }
        """;

    private static GraphQLExecutor Create(ExecutionLimits limits) =>
        ExecutionHarness.Executor(Sdl, options =>
        {
            var node = new Dictionary<string, object?> { ["id"] = 1 };
            node["child"] = node;
            node["children"] = new[] { node };
            var query = ExecutionHarness.Resolvers(options, "Query");
            query["node"] = _ => new(node);
            query["list"] = _ => new(new[] { node, node });
        }, new GraphQLExecutorOptions { Limits = limits });

    private static string CodeOf(ExecutionResult result)
    {
        result.AssertRequestError();
        return (string)Assert.Single(result.Errors).Extensions["code"]!;
    }

    [Fact]
    public async Task The_standard_introspection_query_passes_the_default_limits()
    {
        var result = await Create(ExecutionLimits.Default).RunAsync(GraphQLJsIntrospection.Query, cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        Assert.True(result.Data!.Value.GetProperty("__schema").GetProperty("types").GetArrayLength() > 8);
    }

    [Fact]
    public async Task A_document_longer_than_allowed_is_refused_before_parsing()
    {
        var executor = Create(new ExecutionLimits { MaxDocumentLength = 20 });

        Assert.Equal(ErrorCodes.DocumentTooLarge, CodeOf(await executor.RunAsync("{ node { id child { id } } }", cancellationToken: TestContext.Current.CancellationToken)));
        (await executor.RunAsync("{ node { id } }", cancellationToken: TestContext.Current.CancellationToken)).AssertNoErrors();
    }

    [Fact]
    public async Task The_parser_token_limit_comes_from_the_limits()
    {
        var executor = Create(new ExecutionLimits { MaxTokens = 5 });

        var result = await executor.RunAsync("{ node { id child { id } } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.ParseFailed, CodeOf(result));
    }

    [Fact]
    public async Task Depth_counts_fields_through_fragments()
    {
        var executor = Create(new ExecutionLimits { MaxDepth = 3 });

        var tooDeep = await executor.RunAsync("{ node { ...F } } fragment F on Node { child { child { id } } }", cancellationToken: TestContext.Current.CancellationToken);
        var deepEnough = await executor.RunAsync("{ node { ...F } } fragment F on Node { child { id } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.MaxDepthExceeded, CodeOf(tooDeep));
        Assert.Contains("nested 4 fields deep", tooDeep.Errors[0].Message, StringComparison.Ordinal);
        deepEnough.AssertNoErrors();
    }

    [Fact]
    public async Task Aliases_are_counted_after_fragment_expansion()
    {
        var executor = Create(new ExecutionLimits { MaxAliases = 3 });

        var expanded = await executor.RunAsync("{ node { ...A child { ...A } } } fragment A on Node { a: id b: id }", cancellationToken: TestContext.Current.CancellationToken);
        var few = await executor.RunAsync("{ node { a: id b: id c: id } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.MaxAliasesExceeded, CodeOf(expanded));
        few.AssertNoErrors();
    }

    [Fact]
    public async Task Cost_multiplies_list_selections_by_first_or_last()
    {
        var executor = Create(new ExecutionLimits { MaxCost = 100 });

        // Each item costs id (1) + children (1 + its id 1) = 3: 1 + 30 * 3 = 91 fits, 1 + 40 * 3 = 121 does not.
        (await executor.RunAsync("{ list(first: 30) { id children { id } } }", cancellationToken: TestContext.Current.CancellationToken)).AssertNoErrors();
        Assert.Equal(ErrorCodes.MaxCostExceeded, CodeOf(await executor.RunAsync("{ list(last: 40) { id children { id } } }", cancellationToken: TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Cost_reads_first_from_variables_each_request()
    {
        var executor = Create(new ExecutionLimits { MaxCost = 100 });
        const string Query = "query($n: Int) { list(first: $n) { id children(first: 2) { id } } }";

        (await executor.RunAsync(Query, "{\"n\": 10}", cancellationToken: TestContext.Current.CancellationToken)).AssertNoErrors();
        Assert.Equal(ErrorCodes.MaxCostExceeded, CodeOf(await executor.RunAsync(Query, "{\"n\": 40}", cancellationToken: TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Introspection_fields_cost_nothing()
    {
        var executor = Create(new ExecutionLimits { MaxCost = 2 });

        var result = await executor.RunAsync("{ __schema { types { name fields { name } } } node { id } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
    }

    [Fact]
    public async Task Fragment_bombs_are_stopped()
    {
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on __Type {{ name ...F{i + 1} ...F{i + 1} }}\n"));
        var query = "{ __schema { types { ...F0 } } }\n" + fragments + "fragment F30 on __Type { name }";
        // Validation is left out: this measures the limits' own walk, which must stop by itself.
        var executor = ExecutionHarness.Executor(Sdl, options: new GraphQLExecutorOptions { Validate = (_, _) => [] });

        var result = await executor.RunAsync(query, cancellationToken: TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        result.AssertRequestError();
    }
}
