using System.Net;
using Microsoft.Extensions.Logging;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_name_the_statement_by_id_and_time_it_but_carry_no_secrets_or_values()
    {
        const string statement = "MATCH (p:Person {ssn: $ssn}) RETURN p";
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("transient-deadlock.json"))
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var logger = new CapturingLogger<Neo4jQueryClient>();
        var client = TestClients.Create(server, logger: logger);

        await client.RunAsync(
            new Neo4jQuery(statement, new Dictionary<string, object?> { ["ssn"] = "078-05-1120" }),
            TestContext.Current.CancellationToken);

        var id = StatementId.For(statement);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(id, StringComparison.Ordinal)
            && e.Message.Contains("Neo.TransientError.Transaction.DeadlockDetected", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Message.Contains(id, StringComparison.Ordinal) && e.Message.Contains(" ms", StringComparison.Ordinal));
        Assert.All(logger.Entries, e =>
        {
            Assert.DoesNotContain("078-05-1120", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("verysecret", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("bmVvNGo6dmVyeXNlY3JldA", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("ssn:", e.Message, StringComparison.Ordinal);
        });
    }
}
