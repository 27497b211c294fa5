using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Neo4j.Tests;

/// <summary>The store's errors say where the server is, what to check, and which statement file failed.</summary>
public sealed class FailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jGraphStore Store(HttpMessageHandler handler) => Neo4jGraphStore.Create(
        new Neo4jStoreOptions { Uri = new Uri("http://neo4j.test:7474"), User = "neo4j", Password = "wrong-pw" },
        new HttpClient(handler), NullLoggerFactory.Instance);

    [Fact]
    public async Task Rejected_credentials_name_the_settings_to_check()
    {
        var neo4j = new ScriptedNeo4j
        {
            Failure = (HttpStatusCode.Unauthorized,
                """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""),
        };
        using var store = Store(neo4j);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.CountAsync(Ct));

        Assert.Contains("Neo4j at http://neo4j.test:7474/ rejected the store's credentials for user 'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timeline:Neo4j:Password", error.Message, StringComparison.Ordinal);
        Assert.Contains("authentication failure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_such()
    {
        using var store = Store(new RefusingHandler());

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.MigrateAsync(Ct));

        Assert.Contains("Neo4j at http://neo4j.test:7474/ (database 'neo4j') cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timeline:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_statement_names_its_file_and_its_write_is_never_committed()
    {
        var neo4j = new FailingStatement("article-previous-version");
        using var store = Store(neo4j);
        var facts = new Timeline.Domain.Model.ArticleFacts(
            new Timeline.Domain.Model.Article("a1", null, "Title", null, new DateOnly(2020, 1, 1), null, "hash"), [], [], [], []);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.IngestAsync(facts, Ct));

        Assert.Contains("failed statement cypher/article-previous-version.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.ToString(), StringComparison.Ordinal);
        // Neo4j closes a transaction whose statement failed, so nothing follows it: no commit, no rollback.
        Assert.Equal("article-previous-version", CypherFiles.NameOf(neo4j.Requests[^1].Statement!));
        Assert.Equal("/db/neo4j/query/v2/tx/tx1", neo4j.Requests[^1].Path);
        Assert.DoesNotContain(neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        _ = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.QueryEventsAsync(
            new EventQuery(new EventFilter { MinSources = -1 }, SortDirection.Ascending, new PageRequest(1)), Ct));
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");
    }

    /// <summary>Answers like the scripted fake, except one statement, which fails as Neo4j reports a syntax error (400).</summary>
    private sealed class FailingStatement(string statement) : DelegatingHandler(new ScriptedNeo4j())
    {
        public List<SentRequest> Requests => ((ScriptedNeo4j)InnerHandler!).Requests;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var last = Requests[^1];
            if (last.Statement is null || CypherFiles.NameOf(last.Statement) != statement) return response;
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.BadRequest)
            {
                Content = new StringContent("""{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input"}]}""",
                    System.Text.Encoding.UTF8, "application/vnd.neo4j.query"),
            };
        }
    }
}
