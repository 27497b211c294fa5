using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class ApiOptionsTests
{
    [Fact]
    public async Task The_graphql_CORS_policy_allows_exactly_the_configured_origins()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string>
        {
            ["Timeline:Cors:AllowedOrigins:0"] = "https://dashboards.example.org",
            ["Timeline:Cors:AllowedOrigins:1"] = "http://localhost:3000",
        });

        var policy = factory.Services.GetRequiredService<IOptions<CorsOptions>>().Value.GetPolicy("graphql");

        Assert.NotNull(policy);
        Assert.Equal(["https://dashboards.example.org", "http://localhost:3000"], policy.Origins);
        Assert.False(policy.AllowAnyOrigin);
        Assert.False(policy.SupportsCredentials);
        Assert.Contains("X-Api-Key", policy.Headers);
    }

    [Fact]
    public async Task A_star_allows_any_origin()
    {
        await using var factory = new TimelineApiFactory(settings: new Dictionary<string, string> { ["Timeline:Cors:AllowedOrigins:0"] = "*" });

        var policy = factory.Services.GetRequiredService<IOptions<CorsOptions>>().Value.GetPolicy("graphql");

        Assert.True(policy?.AllowAnyOrigin);
    }

    [Theory]
    [InlineData("Timeline:ApiKeys:0", "short", "Timeline:ApiKeys:0 must have at least 16 characters")]
    [InlineData("Timeline:Cors:AllowedOrigins:0", "https://example.org/path", "Timeline:Cors:AllowedOrigins:0 is 'https://example.org/path'")]
    [InlineData("Timeline:Cors:AllowedOrigins:0", "example.org", "Timeline:Cors:AllowedOrigins:0 is 'example.org'")]
    public async Task A_bad_setting_stops_the_host_with_a_message_naming_it(string key, string value, string expected)
    {
        await using var factory = new TimelineApiFactory(configureKey: false, settings: new Dictionary<string, string> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
