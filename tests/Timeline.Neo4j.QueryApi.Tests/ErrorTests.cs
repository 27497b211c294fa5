using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class ErrorTests
{
    private static Task<QueryResult> Run(Neo4jQueryClient client) =>
        client.RunAsync(new Neo4jQuery("UNWIND [1, 0] AS x RETURN 1 / x AS n"), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task Errors_are_raised_whatever_the_status_even_after_rows(HttpStatusCode status)
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", status, Fixture.Read("error-after-rows.json"));
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Run(client));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal("/ by zero", error.ServerMessage);
        Assert.Equal(Neo4jErrorClassification.Client, error.Classification);
        Assert.Equal(status, error.StatusCode);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task Only_the_last_error_of_the_list_counts()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.BadRequest, Fixture.Read("errors-only-last-counts.json"));
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Run(client));

        Assert.Equal("Neo.ClientError.Oh.Err3", error.Code);
        Assert.Equal("Error message 3", error.ServerMessage);
    }

    [Fact]
    public async Task A_syntax_error_is_a_client_error_and_is_not_retried()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.BadRequest, Fixture.Read("syntax-error.json"));
        var client = TestClients.Create(server, o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Run(client));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(Neo4jErrorClassification.Client, error.Classification);
        Assert.StartsWith("Invalid input 'T'", error.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_401_names_the_user_whose_credentials_were_rejected()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Unauthorized, Fixture.Read("auth-incorrect.json"));
        var client = TestClients.Create(server, o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Run(client));

        Assert.StartsWith("Neo4j rejected the credentials for user 'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal("Invalid username or password.", error.ServerMessage);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_403_without_a_body_is_an_authentication_error_too()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", _ => FakeNeo4jServer.EmptyBody(HttpStatusCode.Forbidden));
        var client = TestClients.Create(server, o => o.User = "reader");

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Run(client));

        Assert.Equal("reader", error.User);
        Assert.Contains("user 'reader'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_page_instead_of_Neo4j_is_reported_as_unavailable()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", _ => new HttpResponseMessage(HttpStatusCode.BadGateway)
            {
                Content = new StringContent("<html><body>502 Bad Gateway</body></html>"),
            });
        var client = TestClients.Create(server, o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Run(client));

        Assert.Contains("http://localhost:7474/db/neo4j/query/v2", error.Message, StringComparison.Ordinal);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_names_the_address()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", (Func<RecordedRequest, HttpResponseMessage>)(_ =>
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (localhost:7474)")));
        var client = TestClients.Create(server, o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Run(client));

        Assert.Equal(new Uri("http://localhost:7474/db/neo4j/query/v2"), error.RequestUri);
        Assert.StartsWith("Neo4j at http://localhost:7474/db/neo4j/query/v2 is unavailable", error.Message, StringComparison.Ordinal);
        Assert.False(error.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task A_success_status_with_a_body_that_is_not_json_is_a_protocol_error()
    {
        var server = new FakeNeo4jServer()
            .Expect(HttpMethod.Post, "/db/neo4j/query/v2", _ => new HttpResponseMessage(HttpStatusCode.Accepted)
            {
                Content = new StringContent("not json"),
            });
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => Run(client));

        Assert.Equal("$", error.Location);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", Neo4jErrorClassification.Client, false)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", Neo4jErrorClassification.Transient, true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", Neo4jErrorClassification.Transient, false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", Neo4jErrorClassification.Transient, false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", Neo4jErrorClassification.Database, false)]
    [InlineData("Something.Else", Neo4jErrorClassification.Unknown, false)]
    public void Codes_are_classified_from_their_second_segment(string code, Neo4jErrorClassification classification, bool retryable)
    {
        var error = new Neo4jException(code, "message", HttpStatusCode.Accepted);

        Assert.Equal(classification, error.Classification);
        Assert.Equal(retryable, error.IsRetryable);
    }
}
