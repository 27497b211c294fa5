using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class RetryTests
{
    private const string Path = "/db/neo4j/query/v2";

    private static HttpResponseMessage Transient(RecordedRequest _) =>
        FakeNeo4jServer.Json(HttpStatusCode.Accepted, Fixture.Read("transient-deadlock.json"));

    private static HttpResponseMessage Refused(RecordedRequest _) =>
        throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");

    private static HttpResponseMessage Reset(RecordedRequest _) =>
        throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely");

    private static HttpResponseMessage Answer(RecordedRequest _) =>
        FakeNeo4jServer.Json(HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));

    [Fact]
    public async Task A_transient_error_is_retried_with_the_same_request_then_succeeds()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, Path, Transient)
            .Expect(HttpMethod.Post, Path, Answer);
        var client = TestClients.Create(server);

        var result = await client.RunAsync(
            new Neo4jQuery("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil" }),
            TestContext.Current.CancellationToken);

        Assert.Single(result.Records);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        server.AssertAllAnswered();
    }

    [Fact]
    public async Task Retries_stop_at_the_configured_bound_and_the_last_error_surfaces()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, Path, Transient)
            .Expect(HttpMethod.Post, Path, Transient)
            .Expect(HttpMethod.Post, Path, Transient);
        var client = TestClients.Create(server, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_because_the_request_never_left()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, Path, Refused)
            .Expect(HttpMethod.Post, Path, Answer);
        var client = TestClients.Create(server);

        var result = await client.RunAsync(new Neo4jQuery("CREATE (n) RETURN n"), TestContext.Current.CancellationToken);

        Assert.Single(result.Records);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_write_whose_response_was_cut_off_is_not_replayed()
    {
        var server = new FakeNeo4jServer().Expect(HttpMethod.Post, Path, Reset);
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => client.RunAsync(new Neo4jQuery("CREATE (n) RETURN n"), TestContext.Current.CancellationToken));

        Assert.True(error.RequestMayHaveReachedServer);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_read_whose_response_was_cut_off_is_replayed()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, Path, Reset)
            .Expect(HttpMethod.Post, Path, Answer);
        var client = TestClients.Create(server);

        await client.RunAsync(new Neo4jQuery("MATCH (n) RETURN n"), Neo4jRunOptions.Read, TestContext.Current.CancellationToken);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Opening_a_transaction_is_retried_after_a_transient_error()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, Path + "/tx", Transient)
            .ExpectJson(HttpMethod.Post, Path + "/tx", HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ="))
            .Expect(HttpMethod.Delete, Path + "/tx/lyU", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.OK));
        var client = TestClients.Create(server);

        await using (var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal("lyU", transaction.Id);
        }

        server.AssertAllAnswered();
    }

    [Fact]
    public async Task A_transient_error_inside_a_transaction_is_not_replayed()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Path + "/tx", HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ="))
            .Expect(HttpMethod.Post, Path + "/tx/lyU", Transient);
        var client = TestClients.Create(server, o => o.MaxRetries = 5);
        await using var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => transaction.RunAsync(new Neo4jQuery("CREATE (n)"), TestContext.Current.CancellationToken));

        Assert.True(error.IsRetryable);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(Neo4jTransactionState.ClosedByServer, transaction.State);
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(4, 800)]
    [InlineData(20, 30_000)]
    public void Backoff_doubles_per_retry_up_to_thirty_seconds(int retry, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryLoop.DelayBefore(retry, TimeSpan.FromMilliseconds(100)));
    }
}
