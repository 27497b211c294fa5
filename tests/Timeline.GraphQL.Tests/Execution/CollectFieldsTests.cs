using Timeline.GraphQL.Execution;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class CollectFieldsTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Person implements Node { id: ID! name: String friends: [Person!] }
        type Place implements Node { id: ID! city: String }
        union Thing = Person | Place
        type Query { things: [Thing!]! node: Node }
        """;

    private readonly GraphQLExecutor executor = ExecutionHarness.Executor(Sdl, options =>
    {
        var ann = new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "p1", ["name"] = "Ann" };
        var bob = new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "p2", ["name"] = "Bob", ["friends"] = new[] { ann } };
        ann["friends"] = new[] { bob };
        var rome = new Dictionary<string, object?> { ["__typename"] = "Place", ["id"] = "c1", ["city"] = "Rome" };
        var query = ExecutionHarness.Resolvers(options, "Query");
        query["things"] = _ => new(new object[] { ann, rome });
        query["node"] = _ => new(bob);
    });

    [Fact]
    public async Task Fragments_apply_by_runtime_type_and_fields_merge_in_first_seen_order()
    {
        var result = await executor.RunAsync(
            """
            { things { __typename ... on Node { id } ...P ... on Place { city id } } }
            fragment P on Person { name friends { name } friends { id } }
            """,
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertNoErrors();
        result.AssertData("""
            {"things":[{"__typename":"Person","id":"p1","name":"Ann","friends":[{"name":"Bob","id":"p2"}]},{"__typename":"Place","id":"c1","city":"Rome"}]}
            """);
    }

    [Fact]
    public async Task Literal_skip_and_include_are_honoured_on_fields_and_fragments()
    {
        var result = await executor.RunAsync(
            "{ node { id @skip(if: true) ... on Person @include(if: false) { name } ... @include(if: true) { __typename } } }",
            cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"node":{"__typename":"Person"}}""");
    }

    [Fact]
    public async Task A_field_kept_by_one_occurrence_stays_even_if_another_is_skipped()
    {
        var result = await executor.RunAsync("{ node { id @skip(if: true) id } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"node":{"id":"p2"}}""");
    }

    [Fact]
    public async Task Aliases_name_the_keys()
    {
        var result = await executor.RunAsync("{ first: node { who: id } second: node { id } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"first":{"who":"p2"},"second":{"id":"p2"}}""");
    }
}
