using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Neo4j.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData(null, "neo4j", "pw", "Timeline:Neo4j:Uri must be set")]
    [InlineData("bolt://localhost:7687", "neo4j", "pw", "Timeline:Neo4j:Uri 'bolt://localhost:7687/' must be an absolute http or https address")]
    [InlineData("http://localhost:7474", "", "pw", "Timeline:Neo4j:User must be set")]
    [InlineData("http://localhost:7474", "neo4j", "", "Timeline:Neo4j:Password must be set")]
    public void Bad_settings_are_refused_naming_the_setting(string? uri, string user, string password, string expected)
    {
        var options = new Neo4jStoreOptions { Uri = uri is null ? null : new Uri(uri), User = user, Password = password };

        var error = Assert.Throws<ArgumentException>(() => Neo4jGraphStore.Create(options, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_name_Neo4j_would_refuse_is_refused_at_start_up()
    {
        var result = new Neo4jStoreOptionsValidator().Validate(null,
            new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474"), User = "neo4j", Password = "pw", Database = "x" });

        Assert.True(result.Failed);
        Assert.Contains("Timeline:Neo4j:Database 'x'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extension_binds_Timeline_Neo4j_and_registers_the_store_as_the_port()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Timeline:Neo4j:Uri"] = "http://neo4j.test:7474",
            ["Timeline:Neo4j:User"] = "neo4j",
            ["Timeline:Neo4j:Password"] = "secret-pw",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;

        Assert.Equal(new Uri("http://neo4j.test:7474"), options.Uri);
        Assert.Equal("neo4j", options.Database);
        Assert.IsType<Neo4jGraphStore>(provider.GetRequiredService<IGraphStore>());
        Assert.NotNull(provider.GetRequiredService<ILoggerFactory>());
    }
}
