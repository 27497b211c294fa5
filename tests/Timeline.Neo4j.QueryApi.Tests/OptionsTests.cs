using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("neo4j", true)]
    [InlineData("events.v2", true)]
    [InlineData("my-db", true)]
    [InlineData("ab", false)]
    [InlineData("my_db", false)]
    [InlineData("db/x", false)]
    [InlineData("", false)]
    public void Database_names_follow_the_drivers_rule(string database, bool valid)
    {
        Assert.Equal(valid, Neo4jClientOptionsValidator.IsValidDatabaseName(database));
    }

    [Fact]
    public void Every_problem_is_named_at_once()
    {
        var options = new Neo4jClientOptions
        {
            Endpoint = new Uri("ftp://localhost:7474"),
            Database = "x",
            User = "a:b",
            RequestTimeout = TimeSpan.Zero,
            MaxRetries = 99,
        };

        var result = new Neo4jClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Endpoint", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Database 'x'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("User", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("RequestTimeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MaxRetries", StringComparison.Ordinal));
    }

    [Fact]
    public void The_client_refuses_invalid_options_when_built()
    {
        var error = Assert.Throws<ArgumentException>(() => TestClients.Create(new FakeNeo4jServer(), o => o.Database = "no_underscores"));

        Assert.Contains("Database 'no_underscores'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new Neo4jClientOptionsValidator().Validate(null, new Neo4jClientOptions()).Succeeded);
    }

    [Fact]
    public async Task The_typed_client_registration_shares_bookmarks_and_validates_options()
    {
        var handler = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/timeline/query/v2", HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNeo4jQueryClient(o =>
        {
            o.Endpoint = new Uri("http://neo4j:7474");
            o.Database = "timeline";
            o.Password = "verysecret";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<Neo4jQueryClient>();
        await first.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);
        var second = provider.GetRequiredService<Neo4jQueryClient>();

        Assert.NotSame(first, second);
        Assert.Same(first.Bookmarks, second.Bookmarks);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], second.Bookmarks.Current);
        Assert.Equal("http://neo4j:7474/db/timeline/query/v2", Assert.Single(handler.Requests).Uri.ToString());
    }

    [Fact]
    public void The_registration_reports_invalid_options_by_name()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNeo4jQueryClient(o => o.Database = "?");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jClientOptions>>().Value);

        Assert.Contains("Database '?'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_typed_client_registration_works_with_configured_options()
    {
        var handler = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<Neo4jClientOptions>(o => o.Password = "verysecret");
        services.AddHttpClient<Neo4jQueryClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<Neo4jQueryClient>()
            .RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        Assert.Single(result.Records);
        Assert.Equal(TestClients.DocsAuthorization, Assert.Single(handler.Requests).Header("Authorization"));
    }
}
