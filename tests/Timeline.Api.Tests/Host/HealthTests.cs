using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class HealthTests
{
    [Fact]
    public async Task Liveness_and_readiness_answer_200_on_a_migrated_store()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_is_503_with_the_reason_while_migrations_are_pending_and_liveness_stays_200()
    {
        var stub = StubGraphStore.Create(new SchemaStatus(1, 2));
        await using var factory = new TimelineApiFactory(services: s => s.Replace(ServiceDescriptor.Singleton(stub.Store)));
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var text = await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("migrations pending", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_503_naming_the_failure_when_the_store_is_unreachable()
    {
        var stub = StubGraphStore.Create(new SchemaStatus(1, 1));
        await using var factory = new TimelineApiFactory(services: s => s.Replace(ServiceDescriptor.Singleton(stub.Store)));
        using var client = factory.CreateClient();
        // Start-up reads the schema status too: the store goes away only once the host runs.
        stub.Failure = new IOException("disk gone");

        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var text = await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("not reachable", text, StringComparison.Ordinal);
        Assert.Contains("disk gone", text, StringComparison.Ordinal);
    }
}
