using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Timeline.GraphQL.AspNetCore;
using Timeline.GraphQL.Execution;
using Xunit;
using static Timeline.GraphQL.Tests.Http.GraphQLAssert;

namespace Timeline.GraphQL.Tests.Http;

public sealed class RequestContextTests
{
    [Fact]
    public async Task The_hook_can_reject_a_request_before_it_runs()
    {
        var ran = false;
        await using var server = await GraphQLTestServer.StartAsync(o => o.OnRequest = context =>
        {
            ran = true;
            if (!context.HttpContext.Request.Headers.ContainsKey("X-Api-Key"))
            {
                context.Reject(401, "An API key is needed.", "UNAUTHENTICATED");
            }

            return ValueTask.CompletedTask;
        });
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", GraphQLResponseJson);

        var body = await RequestErrorAsync(response, HttpStatusCode.Unauthorized, GraphQLResponseJson);
        Assert.True(ran);
        Assert.Equal("UNAUTHENTICATED", Code(body));
    }

    [Fact]
    public async Task What_the_hook_puts_on_the_HTTP_context_reaches_resolvers()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.OnRequest = context =>
        {
            context.HttpContext.Items["apiKey"] = context.HttpContext.Request.Headers["X-Api-Key"].ToString();
            return ValueTask.CompletedTask;
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ apiKey }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", "k-123");
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("k-123", body.GetProperty("data").GetProperty("apiKey").GetString());
    }

    [Fact]
    public async Task The_hook_can_change_the_request()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.OnRequest = context =>
        {
            context.Request = context.Request with { Query = "{ changed: hello }" };
            return ValueTask.CompletedTask;
        });
        using var response = await server.PostAsync("""{"query":"{ hello }"}""");

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("""{"changed":"hello world"}""", body.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_failing_hook_is_a_logged_500_with_a_GraphQL_error()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.OnRequest = _ => throw new InvalidOperationException("hook broke"));
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", GraphQLResponseJson);

        var body = await RequestErrorAsync(response, HttpStatusCode.InternalServerError, GraphQLResponseJson);
        Assert.Equal("INTERNAL_SERVER_ERROR", Code(body));
        Assert.DoesNotContain("hook broke", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolvers_get_the_request_services()
    {
        await using var server = await GraphQLTestServer.StartAsync(services: s => s.AddScoped<IGreeter, Greeter>());
        using var response = await server.PostAsync("""{"query":"{ greeting }"}""");

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("hi from a service", body.GetProperty("data").GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_execution()
    {
        var probe = new WaitProbe();
        await using var server = await GraphQLTestServer.StartAsync(probe: probe);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ wait }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var sending = server.Client.SendAsync(request, abort.Token);

        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(302)]
    [InlineData(600)]
    public void Reject_refuses_a_status_that_is_not_an_error(int status)
    {
        var context = new GraphQLHttpRequestContext(new DefaultHttpContext(), new GraphQLRequest { Query = "{ hello }" });

        Assert.Throws<ArgumentOutOfRangeException>(() => context.Reject(status, "fine"));
        Assert.Null(context.RejectedStatusCode);
    }

    private sealed class Greeter : IGreeter
    {
        public string Greet() => "hi from a service";
    }
}
