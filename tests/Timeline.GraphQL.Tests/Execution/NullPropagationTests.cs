using Timeline.GraphQL.Execution;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          nullableObj: Obj
          nonNullObj: Obj!
          list: [Obj]
          strictList: [Obj!]
          numbers: [Int!]
          looseNumbers: [Int]
          asyncObj: Obj
        }
        type Obj {
          value: Int
          fail: String
          failNonNull: String!
          missing: String!
          child: Obj
          nonNullChild: Obj!
        }
        """;

    private readonly GraphQLExecutor executor = ExecutionHarness.Executor(Sdl, options =>
    {
        var obj = new Dictionary<string, object?> { ["value"] = 1 };
        obj["child"] = obj;
        obj["nonNullChild"] = obj;
        var query = ExecutionHarness.Resolvers(options, "Query");
        query["nullableObj"] = _ => new(obj);
        query["nonNullObj"] = _ => new(obj);
        query["list"] = _ => new(new[] { obj, obj });
        query["strictList"] = _ => new(new[] { obj, obj });
        query["numbers"] = _ => new(new object?[] { 1, null, 3 });
        query["looseNumbers"] = _ => new(new object?[] { 1, "x", 3 });
        query["asyncObj"] = async _ =>
        {
            await Task.Yield();
            return obj;
        };
        var type = ExecutionHarness.Resolvers(options, "Obj");
        type["fail"] = _ => throw new InvalidOperationException("fail happened");
        type["failNonNull"] = _ => throw new InvalidOperationException("failNonNull happened");
    });

    [Fact]
    public async Task A_nullable_field_error_leaves_null_in_place()
    {
        var result = await executor.RunAsync("{ nullableObj { value fail } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"nullableObj":{"value":1,"fail":null}}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("fail happened", error.Message);
        Assert.Equal("nullableObj.fail", error.PathText());
        Assert.Equal(new SourceLocation(1, 23), Assert.Single(error.Locations));
    }

    [Fact]
    public async Task A_non_null_field_error_nulls_the_nearest_nullable_parent()
    {
        var result = await executor.RunAsync("{ nullableObj { value child { nonNullChild { failNonNull } } } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"nullableObj":{"value":1,"child":null}}""");
        Assert.Equal("nullableObj.child.nonNullChild.failNonNull", Assert.Single(result.Errors).PathText());
    }

    [Fact]
    public async Task A_non_null_violation_up_to_the_root_nulls_the_data()
    {
        var result = await executor.RunAsync("{ nullableObj { value } nonNullObj { failNonNull } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.HasData);
        Assert.Equal("null", result.DataText());
        Assert.Equal("nonNullObj.failNonNull", Assert.Single(result.Errors).PathText());
    }

    [Fact]
    public async Task Nullable_list_items_absorb_their_own_errors()
    {
        var result = await executor.RunAsync("{ list { value failNonNull } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"list":[null,null]}""");
        Assert.Equal(["list.0.failNonNull", "list.1.failNonNull"], result.Errors.Select(e => e.PathText()));
    }

    [Fact]
    public async Task A_non_null_item_nulls_the_whole_list_and_stops_at_the_first_error()
    {
        var result = await executor.RunAsync("{ strictList { value failNonNull } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"strictList":null}""");
        Assert.Equal("strictList.0.failNonNull", Assert.Single(result.Errors).PathText());
    }

    [Fact]
    public async Task Null_returned_for_a_non_null_field_is_an_error_naming_the_field()
    {
        var result = await executor.RunAsync("{ nullableObj { missing } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"nullableObj":null}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Cannot return null for non-nullable field Obj.missing.", error.Message);
        Assert.Equal("nullableObj.missing", error.PathText());
    }

    [Fact]
    public async Task A_null_leaf_in_a_list_of_non_null_nulls_the_list()
    {
        var result = await executor.RunAsync("{ numbers }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"numbers":null}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Cannot return null for non-nullable field Query.numbers.", error.Message);
        Assert.Equal("numbers.1", error.PathText());
    }

    [Fact]
    public async Task A_leaf_that_cannot_be_serialized_is_a_field_error_at_its_item()
    {
        var result = await executor.RunAsync("{ looseNumbers }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"looseNumbers":[1,null,3]}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Int cannot represent non-integer value: \"x\"", error.Message);
        Assert.Equal("looseNumbers.1", error.PathText());
    }

    [Fact]
    public async Task Propagation_works_the_same_below_an_asynchronous_field()
    {
        var result = await executor.RunAsync("{ asyncObj { value child { failNonNull } } list { value } }", cancellationToken: TestContext.Current.CancellationToken);

        result.AssertData("""{"asyncObj":{"value":1,"child":null},"list":[{"value":1},{"value":1}]}""");
        Assert.Equal("asyncObj.child.failNonNull", Assert.Single(result.Errors).PathText());
    }
}
