using Timeline.Hosting;
using Xunit;

namespace Timeline.Hosting.Tests;

public sealed class OptionsValidationTests
{
    private static List<string> Failures(TimelineOptions options) =>
        new TimelineOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void The_sqlite_store_needs_no_neo4j_settings()
    {
        Assert.Empty(Failures(new TimelineOptions { Store = "sqlite" }));
    }

    [Fact]
    public void The_neo4j_store_without_settings_names_each_missing_key()
    {
        var failures = Failures(new TimelineOptions { Store = "neo4j" });

        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Timeline:Neo4j:Uri must be set", StringComparison.Ordinal) && f.Contains("http://localhost:7474", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Timeline:Neo4j:User must be set", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Timeline:Neo4j:Password must be set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j://db:7687")]
    [InlineData("localhost:7474")]
    [InlineData("/db/neo4j")]
    public void A_uri_that_is_not_an_http_address_is_refused_with_the_value(string uri)
    {
        var failures = Failures(Neo4j(uri: uri));

        var failure = Assert.Single(failures);
        Assert.Equal($"Timeline:Neo4j:Uri '{uri}' must be an absolute http or https address, such as http://localhost:7474 (the Query API, not bolt:// or neo4j://).", failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("db")]
    [InlineData("1st")]
    [InlineData("my_db")]
    public void A_database_name_neo4j_would_refuse_is_refused(string database)
    {
        var failure = Assert.Single(Failures(Neo4j(database: database)));

        Assert.StartsWith($"Timeline:Neo4j:Database '{database}' is not a Neo4j database name", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_with_a_colon_is_refused()
    {
        var failure = Assert.Single(Failures(Neo4j(user: "ne:o")));

        Assert.StartsWith("Timeline:Neo4j:User must not contain ':'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_neo4j_settings_pass()
    {
        Assert.Empty(Failures(Neo4j()));
        Assert.Empty(Failures(Neo4j(uri: "https://abc.databases.neo4j.io", database: "timeline.prod-2")));
    }

    internal static TimelineOptions Neo4j(string uri = "http://localhost:7474", string user = "neo4j", string password = "secret-password", string database = "neo4j") => new()
    {
        Store = "neo4j",
        Neo4j = new Neo4jConnectionOptions { Uri = uri, User = user, Password = password, Database = database },
    };
}
