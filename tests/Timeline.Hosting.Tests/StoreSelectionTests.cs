using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;
using Timeline.Hosting;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Sqlite;
using Xunit;

namespace Timeline.Hosting.Tests;

public sealed class StoreSelectionTests
{
    [Fact]
    public void Sqlite_is_the_default_store()
    {
        using var services = Compose(new Dictionary<string, string?> { ["Timeline:DataDirectory"] = Path.GetTempPath() });

        Assert.Equal("sqlite", services.GetRequiredService<IOptions<TimelineOptions>>().Value.Store);
        Assert.IsType<SqliteGraphStore>(services.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void Neo4j_settings_bind_from_configuration_and_select_the_neo4j_store()
    {
        using var services = Compose(new Dictionary<string, string?>
        {
            ["Timeline:Store"] = "neo4j",
            ["Timeline:Neo4j:Uri"] = "http://neo4j:7474",
            ["Timeline:Neo4j:User"] = "neo4j",
            ["Timeline:Neo4j:Password"] = "secret-password",
        });

        var options = services.GetRequiredService<IOptions<TimelineOptions>>().Value;
        Assert.Equal("http://neo4j:7474", options.Neo4j.Uri);
        Assert.Equal("neo4j", options.Neo4j.Database);
        Assert.IsType<Neo4jGraphStore>(services.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void The_factory_builds_each_store_kind_and_refuses_others()
    {
        Assert.IsType<SqliteGraphStore>(GraphStoreFactory.Create(new TimelineOptions { DataDirectory = Path.GetTempPath() }, NullLoggerFactory.Instance));
        Assert.IsType<Neo4jGraphStore>(GraphStoreFactory.Create(OptionsValidationTests.Neo4j(), NullLoggerFactory.Instance));
        var error = Assert.Throws<InvalidOperationException>(() => GraphStoreFactory.Create(new TimelineOptions { Store = "mongo" }, NullLoggerFactory.Instance));
        Assert.Equal("Timeline:Store is 'mongo'; expected one of: sqlite, neo4j.", error.Message);
    }

    [Fact]
    public void Invalid_neo4j_settings_stop_the_options_with_every_message()
    {
        using var services = Compose(new Dictionary<string, string?> { ["Timeline:Store"] = "neo4j", ["Timeline:Neo4j:Uri"] = "bolt://neo4j:7687" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TimelineOptions>>().Value);
        Assert.Contains(error.Failures, f => f.StartsWith("Timeline:Neo4j:Uri 'bolt://neo4j:7687'", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Timeline:Neo4j:Password must be set", StringComparison.Ordinal));
    }

    internal static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTimeline(configuration);
        return services.BuildServiceProvider();
    }
}
