using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class CancellationTests
{
    private const string Path = "/db/neo4j/query/v2";

    private static async Task<HttpResponseMessage> Hang(RecordedRequest request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
    }

    /// <summary>Hangs like <see cref="Hang"/>, but first cancels <paramref name="caller"/>: the request is surely in flight.</summary>
    private static Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> HangThenCancel(CancellationTokenSource caller) =>
        (request, cancellationToken) =>
        {
            caller.Cancel();
            return Hang(request, cancellationToken);
        };

    [Fact]
    public async Task The_callers_token_cancels_a_query_in_flight()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var server = new FakeNeo4jServer().Expect(HttpMethod.Post, Path, HangThenCancel(cancellation));
        var client = TestClients.Create(server, o => o.RequestTimeout = TimeSpan.FromMinutes(5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync(new Neo4jQuery("RETURN 1"), cancellation.Token));
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        var server = new FakeNeo4jServer();
        var client = TestClients.Create(server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync(new Neo4jQuery("RETURN 1"), new CancellationToken(canceled: true)));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task The_request_timeout_gives_a_timeout_error_naming_the_address_and_is_not_retried()
    {
        var server = new FakeNeo4jServer().Expect(HttpMethod.Post, Path, Hang);
        var client = TestClients.Create(server, o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(250);
            o.MaxRetries = 3;
        });

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken));

        Assert.Contains("http://localhost:7474/db/neo4j/query/v2", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_during_the_retry_backoff_stops_the_retries()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, Path, _ =>
            {
                // Cancel once the first answer is on its way, while the client waits out the backoff.
                cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
                return FakeNeo4jServer.Json(HttpStatusCode.Accepted, Fixture.Read("transient-deadlock.json"));
            });
        var client = TestClients.Create(server, o => o.RetryBackoff = TimeSpan.FromSeconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync(new Neo4jQuery("RETURN 1"), cancellation.Token));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_statement_inside_a_transaction_honours_the_callers_token()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, Path + "/tx", HttpStatusCode.Accepted, Fixture.Read("tx-open.json"))
            .Expect(HttpMethod.Post, Path + "/tx/lyU", HangThenCancel(cancellation))
            .Expect(HttpMethod.Delete, Path + "/tx/lyU", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.OK));
        var client = TestClients.Create(server);
        await using var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => transaction.RunAsync(new Neo4jQuery("RETURN 1"), cancellation.Token));

        // Still open as far as the client knows, so disposing rolls it back.
        Assert.Equal(Neo4jTransactionState.Open, transaction.State);
    }
}
