using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests.Fakes;

public static class TestClients
{
    /// <summary>The credentials of the documentation's examples: neo4j / verysecret.</summary>
    public const string DocsAuthorization = "Basic bmVvNGo6dmVyeXNlY3JldA==";

    public static Neo4jQueryClient Create(
        FakeNeo4jServer server,
        Action<Neo4jClientOptions>? configure = null,
        ILogger<Neo4jQueryClient>? logger = null,
        Neo4jBookmarks? bookmarks = null)
    {
        var options = new Neo4jClientOptions
        {
            Endpoint = new Uri("http://localhost:7474"),
            User = "neo4j",
            Password = "verysecret",
            RetryBackoff = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        return new Neo4jQueryClient(
            new HttpClient(server),
            Options.Create(options),
            logger ?? NullLogger<Neo4jQueryClient>.Instance,
            bookmarks);
    }
}
