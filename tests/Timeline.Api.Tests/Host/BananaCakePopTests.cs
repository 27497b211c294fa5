using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class BananaCakePopTests
{
    [Fact]
    public async Task A_browser_GET_of_graphql_is_redirected_to_the_IDE_page()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Accept_text_html_on_GET_graphql_returns_the_IDE_page_and_its_assets_are_served()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);

        // Every script the page loads is served from the package, relative to /graphql/.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "src=\"(static/js/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            using var asset = await client.GetAsync("/graphql/" + script, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task The_IDE_configuration_points_at_the_endpoint()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/graphql/bcp-config.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("/graphql", config.RootElement.GetProperty("endpoint").GetString());
        Assert.Contains("timeline", config.RootElement.GetProperty("graphQLDocument").GetString(), StringComparison.Ordinal);
    }
}
