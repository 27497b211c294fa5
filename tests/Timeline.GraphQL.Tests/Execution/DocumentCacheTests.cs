using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Validation;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task A_repeated_query_is_validated_once()
    {
        var validations = 0;
        var executor = ExecutionHarness.Executor("type Query { x: Int }", options: new GraphQLExecutorOptions
        {
            Validate = (schema, document) =>
            {
                Interlocked.Increment(ref validations);
                return DocumentValidator.Validate(schema, document);
            },
        });

        for (var i = 0; i < 3; i++)
        {
            (await executor.RunAsync("{ x }", cancellationToken: TestContext.Current.CancellationToken)).AssertNoErrors();
        }

        await executor.RunAsync("{ __typename }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, validations);
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Invalid_documents_are_remembered_too()
    {
        var validations = 0;
        var executor = ExecutionHarness.Executor("type Query { x: Int }", options: new GraphQLExecutorOptions
        {
            Validate = (schema, document) =>
            {
                Interlocked.Increment(ref validations);
                return DocumentValidator.Validate(schema, document);
            },
        });

        var first = await executor.RunAsync("{ nope }", cancellationToken: TestContext.Current.CancellationToken);
        var second = await executor.RunAsync("{ nope }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.AssertRequestError(), second.AssertRequestError());
        Assert.Equal(1, validations);
    }

    [Fact]
    public async Task The_cache_stays_within_its_capacity()
    {
        var executor = ExecutionHarness.Executor("type Query { x: Int }", options: new GraphQLExecutorOptions { DocumentCacheSize = 8 });

        for (var i = 0; i < 40; i++)
        {
            (await executor.RunAsync($"{{ a{i}: x }}", cancellationToken: TestContext.Current.CancellationToken)).AssertNoErrors();
        }

        Assert.InRange(executor.CachedDocumentCount, 1, 8);
    }

    [Fact]
    public async Task Skip_and_include_variables_choose_between_cached_plans()
    {
        var executor = ExecutionHarness.Executor("type Query { a: Int b: Int }", options =>
        {
            var query = ExecutionHarness.Resolvers(options, "Query");
            query["a"] = _ => new(1);
            query["b"] = _ => new(2);
        });
        const string Query = "query($skipA: Boolean!, $withB: Boolean!) { a @skip(if: $skipA) b @include(if: $withB) }";

        var both = await executor.RunAsync(Query, """{"skipA": false, "withB": true}""", cancellationToken: TestContext.Current.CancellationToken);
        var onlyB = await executor.RunAsync(Query, """{"skipA": true, "withB": true}""", cancellationToken: TestContext.Current.CancellationToken);
        var none = await executor.RunAsync(Query, """{"skipA": true, "withB": false}""", cancellationToken: TestContext.Current.CancellationToken);
        var bothAgain = await executor.RunAsync(Query, """{"skipA": false, "withB": true}""", cancellationToken: TestContext.Current.CancellationToken);

        both.AssertData("""{"a":1,"b":2}""");
        onlyB.AssertData("""{"b":2}""");
        none.AssertData("{}");
        bothAgain.AssertData("""{"a":1,"b":2}""");
    }
}
