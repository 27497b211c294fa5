using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class TransactionTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private const string Tx = "/db/neo4j/query/v2/tx";

    private static Neo4jQuery Merge(string name, long age) => new(
        "MERGE (n:Person {name: $name, age: $age}) RETURN n AS " + name.ToLowerInvariant(),
        new Dictionary<string, object?> { ["name"] = name, ["age"] = age });

    [Fact]
    public async Task Open_run_and_commit_send_the_cluster_affinity_back_and_track_expiry()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Post, Tx + "/lyU", HttpStatusCode.Accepted, Fixture.Read("tx-run.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Post, Tx + "/lyU/commit", HttpStatusCode.Accepted, Fixture.Read("tx-commit.json"), ("neo4j-cluster-affinity", Affinity));
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await using var transaction = await client.BeginTransactionAsync(Neo4jRunOptions.Write, Merge("Alice", 42), ct);
        Assert.Equal("lyU", transaction.Id);
        Assert.Equal(Affinity, transaction.ClusterAffinity);
        Assert.Equal(DateTimeOffset.Parse("2024-10-22T15:48:29Z", System.Globalization.CultureInfo.InvariantCulture), transaction.Expires);
        Assert.Equal(42L, transaction.FirstResult!.Records[0].Get<Neo4jNode>("alice").Properties["age"]);

        var bob = await transaction.RunAsync(Merge("Bob", 43), ct);
        Assert.Equal("Bob", bob.Records[0].Get<Neo4jNode>("bob").Properties["name"]);
        Assert.Equal(DateTimeOffset.Parse("2024-10-22T15:49:29Z", System.Globalization.CultureInfo.InvariantCulture), transaction.Expires);

        await transaction.CommitAsync(ct);
        Assert.Equal(Neo4jTransactionState.Committed, transaction.State);

        var (open, run, commit) = (server.Requests[0], server.Requests[1], server.Requests[2]);
        Assert.Null(open.Header("neo4j-cluster-affinity"));
        Assert.Equal("Alice", open.BodyJson().GetProperty("parameters").GetProperty("name").GetProperty("_value").GetString());
        Assert.Equal(Affinity, run.Header("neo4j-cluster-affinity"));
        Assert.Equal(Affinity, commit.Header("neo4j-cluster-affinity"));
        Assert.Equal("{}", commit.Body);
        foreach (var request in server.Requests)
        {
            Assert.Equal(TestClients.DocsAuthorization, request.Header("Authorization"));
            Assert.Equal(FakeNeo4jServer.TypedJson, request.Header("Accept"));
            Assert.Equal(FakeNeo4jServer.TypedJson, request.ContentType);
        }

        server.AssertAllAnswered();
    }

    [Fact]
    public async Task Opening_without_a_statement_sends_an_empty_object_and_has_no_first_result()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .Expect(HttpMethod.Delete, Tx + "/lyU", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.OK));
        var client = TestClients.Create(server);

        await using var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);

        Assert.Equal("{}", server.Requests[0].Body);
        Assert.Null(transaction.FirstResult);
    }

    [Fact]
    public async Task Rollback_with_an_empty_body_and_no_content_type_succeeds_and_carries_the_affinity()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .Expect(HttpMethod.Delete, Tx + "/lyU", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.OK));
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await using var transaction = await client.BeginTransactionAsync(ct);
        await transaction.RollbackAsync(ct);

        Assert.Equal(Neo4jTransactionState.RolledBack, transaction.State);
        var rollback = server.Requests[1];
        Assert.Equal(Affinity, rollback.Header("neo4j-cluster-affinity"));
        Assert.Equal(TestClients.DocsAuthorization, rollback.Header("Authorization"));
        Assert.Null(rollback.Body);
        server.AssertAllAnswered();
    }

    [Fact]
    public async Task Rollback_answered_with_an_empty_json_object_succeeds()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Delete, Tx + "/lyU", HttpStatusCode.OK, "{}");
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await using var transaction = await client.BeginTransactionAsync(ct);
        await transaction.RollbackAsync(ct);

        Assert.Equal(Neo4jTransactionState.RolledBack, transaction.State);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .Expect(HttpMethod.Delete, Tx + "/lyU", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.OK));
        var client = TestClients.Create(server);

        var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await transaction.DisposeAsync();

        Assert.Equal(Neo4jTransactionState.RolledBack, transaction.State);
        Assert.Equal(HttpMethod.Delete, server.Requests[^1].Method);
        Assert.Equal(Affinity, server.Requests[^1].Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task Disposing_after_commit_sends_nothing_more()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Post, Tx + "/lyU/commit", HttpStatusCode.Accepted, Fixture.Read("tx-commit.json"));
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await using (var transaction = await client.BeginTransactionAsync(ct))
        {
            await transaction.CommitAsync(new Neo4jQuery("CREATE (n:Done)"), ct);
            Assert.Equal("CREATE (n:Done)", server.Requests[1].BodyJson().GetProperty("statement").GetString());
        }

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_failed_rollback_on_dispose_is_logged_not_thrown()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Delete, Tx + "/lyU", HttpStatusCode.NotFound, Fixture.Read("tx-expired.json"));
        var logger = new CapturingLogger<Neo4jQueryClient>();
        var client = TestClients.Create(server, logger: logger);

        var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await transaction.DisposeAsync();

        Assert.Contains(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("lyU", StringComparison.Ordinal));
        server.AssertAllAnswered();
    }

    [Fact]
    public async Task An_expired_transaction_reports_the_server_error_and_is_closed()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Post, Tx + "/lyU", HttpStatusCode.NotFound, Fixture.Read("tx-expired.json"));
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;
        await using var transaction = await client.BeginTransactionAsync(ct);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync(new Neo4jQuery("RETURN 1"), ct));

        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(Neo4jTransactionState.ClosedByServer, transaction.State);
        var reuse = await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RunAsync(new Neo4jQuery("RETURN 1"), ct));
        Assert.Contains("lyU", reuse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commit_whose_answer_was_lost_is_reported_as_of_unknown_outcome_and_not_retried()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .Expect(HttpMethod.Post, Tx + "/lyU/commit", (Func<RecordedRequest, HttpResponseMessage>)(_ =>
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely")));
        var client = TestClients.Create(server, o => o.MaxRetries = 3);
        var ct = TestContext.Current.CancellationToken;
        await using var transaction = await client.BeginTransactionAsync(ct);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => transaction.CommitAsync(ct));

        Assert.Contains("may or may not have been applied", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_transaction_without_a_transaction_object_in_the_answer_is_a_protocol_error()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(
            () => client.BeginTransactionAsync(TestContext.Current.CancellationToken));

        Assert.Equal("$.transaction", error.Location);
    }

    [Fact]
    public async Task An_answer_that_no_longer_names_the_transaction_closes_it()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Tx, HttpStatusCode.Accepted, Fixture.Read("tx-open.json"), ("neo4j-cluster-affinity", Affinity))
            .ExpectJson(HttpMethod.Post, Tx + "/lyU", HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var client = TestClients.Create(server);
        var ct = TestContext.Current.CancellationToken;

        await using (var transaction = await client.BeginTransactionAsync(ct))
        {
            var result = await transaction.RunAsync(new Neo4jQuery("RETURN 1"), ct);

            Assert.Single(result.Records);
            Assert.Equal(Neo4jTransactionState.ClosedByServer, transaction.State);
        }

        // No rollback is sent for a transaction the server has already closed.
        Assert.Equal(2, server.Requests.Count);
    }
}
