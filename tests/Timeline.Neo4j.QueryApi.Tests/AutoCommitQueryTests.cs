using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class AutoCommitQueryTests
{
    private const string EmptyResult = """{"data":{"fields":[],"values":[]}}""";

    [Fact]
    public async Task A_query_posts_one_statement_with_typed_json_headers_and_basic_auth()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var client = TestClients.Create(server);

        await client.RunAsync(
            new Neo4jQuery("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil" }),
            TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", request.Uri.ToString());
        Assert.Equal(FakeNeo4jServer.TypedJson, request.Header("Accept"));
        Assert.Equal(FakeNeo4jServer.TypedJson, request.ContentType);
        Assert.Equal(TestClients.DocsAuthorization, request.Header("Authorization"));
        Assert.Null(request.Header("neo4j-cluster-affinity"));
        // The documentation's request body, exactly: no bookmarks yet, Write mode left to the server's default.
        Assert.Equal(
            """{"statement":"MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name","parameters":{"name":{"$type":"String","_value":"Phil"}}}""",
            request.Body);
    }

    [Fact]
    public async Task Counters_are_asked_for_and_read()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("counters.json"));
        var client = TestClients.Create(server);

        var result = await client.RunAsync(
            new Neo4jQuery("CREATE (n:Person {name: $name}) RETURN n.name", new Dictionary<string, object?> { ["name"] = "Peter" })
            {
                IncludeCounters = true,
            },
            TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(server.Requests).BodyJson().GetProperty("includeCounters").GetBoolean());
        Assert.Equal("Peter", Assert.Single(result.Records)["n.name"]);
        var counters = Assert.IsType<QueryCounters>(result.Counters);
        Assert.True(counters.ContainsUpdates);
        Assert.Equal(1, counters.NodesCreated);
        Assert.Equal(1, counters.PropertiesSet);
        Assert.Equal(1, counters.LabelsAdded);
        Assert.Equal(0, counters.RelationshipsCreated);
        Assert.False(counters.ContainsSystemUpdates);
    }

    [Fact]
    public async Task Notifications_are_read_with_their_position()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("notifications.json"));
        var client = TestClients.Create(server);

        var result = await client.RunAsync(
            new Neo4jQuery("MATCH p=shortestPath((:Person {name: $from})-[*]->(:Person {name: $to})) RETURN p"),
            TestContext.Current.CancellationToken);

        var notification = Assert.Single(result.Notifications);
        Assert.Equal("Neo.ClientNotification.Statement.UnboundedVariableLengthPattern", notification.Code);
        Assert.Equal("INFORMATION", notification.Severity);
        Assert.Equal("PERFORMANCE", notification.Category);
        Assert.Equal(new Neo4jNotificationPosition(21, 1, 22), notification.Position);
        Assert.Empty(result.Records);
    }

    [Fact]
    public async Task Read_mode_is_sent_as_accessMode_Read()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server);

        await client.RunAsync(new Neo4jQuery("MATCH (n:Person) RETURN n LIMIT 2"), Neo4jRunOptions.Read, TestContext.Current.CancellationToken);

        Assert.Equal("Read", Assert.Single(server.Requests).BodyJson().GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task The_database_and_a_path_prefix_of_the_endpoint_shape_the_address()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/neo4j-proxy/db/events.v2/query/v2", HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server, o =>
        {
            o.Endpoint = new Uri("https://graph.example.org/neo4j-proxy/");
            o.Database = "events.v2";
        });

        await client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        Assert.Equal("https://graph.example.org/neo4j-proxy/db/events.v2/query/v2", Assert.Single(server.Requests).Uri.ToString());
    }

    [Fact]
    public async Task An_empty_user_sends_no_authorization_header()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server, o => o.User = string.Empty);

        await client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Statements_with_line_breaks_are_escaped_in_the_body()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, EmptyResult);
        var client = TestClients.Create(server);

        await client.RunAsync(new Neo4jQuery("MATCH (n)\nRETURN n"), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.DoesNotContain('\n', request.Body!);
        Assert.Equal("MATCH (n)\nRETURN n", request.BodyJson().GetProperty("statement").GetString());
    }
}
