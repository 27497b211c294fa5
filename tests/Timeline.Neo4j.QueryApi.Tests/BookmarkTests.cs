using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class BookmarkTests
{
    private const string Path = "/db/neo4j/query/v2";
    private const string EmptyResult = """{"data":{"fields":[],"values":[]}}""";

    private static string[] SentBookmarks(RecordedRequest request) =>
        request.BodyJson().TryGetProperty("bookmarks", out var list)
            ? [.. list.EnumerateArray().Select(b => b.GetString()!)]
            : [];

    [Fact]
    public async Task The_bookmarks_of_a_query_go_out_with_the_next_one()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Path, HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"))
            .ExpectJson(HttpMethod.Post, Path, HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await client.RunAsync(new Neo4jQuery("MERGE (p:Person {name: 'Phil'}) RETURN p AS person, p.name AS name"), ct);
        await client.RunAsync(new Neo4jQuery("MATCH (p:Person) RETURN p"), Neo4jRunOptions.Read, ct);

        Assert.Empty(SentBookmarks(server.Requests[0]));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], SentBookmarks(server.Requests[1]));
        // A response without bookmarks keeps the last known ones.
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], client.Bookmarks.Current);
    }

    [Fact]
    public async Task Callers_can_pass_their_own_bookmarks()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Path, HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server);
        client.Bookmarks.Update(["FB:old"]);

        await client.RunAsync(
            new Neo4jQuery("MATCH (p1:Person {name: $source}) MATCH (p2:Person {name: $end}) MERGE p=(p1)-[:LIKES]->(p2) RETURN p"),
            new Neo4jRunOptions { Bookmarks = ["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"] },
            TestContext.Current.CancellationToken);

        Assert.Equal(["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"], SentBookmarks(server.Requests[0]));
    }

    [Fact]
    public async Task A_commit_hands_its_bookmarks_to_the_next_query_but_statements_inside_do_not()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Path + "/tx", HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", "a"))
            .ExpectJson(HttpMethod.Post, Path + "/tx/lyU/commit", HttpStatusCode.Accepted, Fixture.Read("tx-commit.json"))
            .ExpectJson(HttpMethod.Post, Path, HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await using (var transaction = await client.BeginTransactionAsync(Neo4jRunOptions.Write, new Neo4jQuery("CREATE (n)"), ct))
        {
            // The open answer carries bookmarks too, but nothing is committed yet.
            Assert.Empty(client.Bookmarks.Current);
            await transaction.CommitAsync(ct);
        }

        await client.RunAsync(new Neo4jQuery("MATCH (n) RETURN n"), ct);

        Assert.Equal(["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ"], SentBookmarks(server.Requests[2]));
    }

    [Fact]
    public async Task A_transaction_opens_with_the_last_bookmarks()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Path + "/tx", HttpStatusCode.Accepted, Fixture.Read("tx-open.json"))
            .Expect(HttpMethod.Delete, Path + "/tx/lyU", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.OK));
        var bookmarks = new Neo4jBookmarks();
        bookmarks.Update(["FB:shared"]);
        var client = TestClients.Create(server, bookmarks: bookmarks);

        await using (await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal(["FB:shared"], SentBookmarks(server.Requests[0]));
        }

        server.AssertAllAnswered();
    }
}
