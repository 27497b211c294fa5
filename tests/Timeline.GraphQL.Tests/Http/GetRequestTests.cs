using System.Net;
using Xunit;
using static Timeline.GraphQL.Tests.Http.GraphQLAssert;

namespace Timeline.GraphQL.Tests.Http;

public sealed class GetRequestTests
{
    [Fact]
    public async Task A_query_in_the_URL_is_answered()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"Cy"}""") + "&operationName=Q";
        using var response = await server.GetAsync(url, GraphQLResponseJson);

        var body = await ResponseAsync(response, HttpStatusCode.OK, GraphQLResponseJson);
        Assert.Equal("hello Cy", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Null_and_empty_URL_parameters_count_as_absent()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.GetAsync("/graphql?query=%7B%20hello%20%7D&variables=null&extensions=&operationName=", Json);

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("hello world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task A_mutation_over_GET_is_405_allowing_POST(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { bump }"), accept);

        var body = await RequestErrorAsync(response, HttpStatusCode.MethodNotAllowed, accept);
        Assert.Equal("OPERATION_NOT_ALLOWED", Code(body));
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?variables=%7B%7D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7Bnope")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%5B1%5D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&query=%7B%20hello%20%7D")]
    public async Task Malformed_URL_parameters_are_400(string url)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.GetAsync(url, Json);

        var body = await RequestErrorAsync(response, HttpStatusCode.BadRequest, Json);
        Assert.Equal("BAD_REQUEST", Code(body));
    }

    [Fact]
    public async Task Sdl_is_the_schema_as_plain_text()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("type Query {", text, StringComparison.Ordinal);
        Assert.Contains("hello(name: String = \"world\"): String!", text, StringComparison.Ordinal);
        Assert.Contains("type Mutation {", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_is_application_graphql_when_asked_for()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.GetAsync("/graphql?sdl", "application/graphql, text/plain;q=0.5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sdl_can_be_turned_off()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.ExposeSdl = false);
        using var response = await server.GetAsync("/graphql?sdl", Json);

        await RequestErrorAsync(response, HttpStatusCode.BadRequest, Json);
    }

    [Fact]
    public async Task With_GET_turned_off_only_POST_is_allowed()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.AllowGet = false);
        using var response = await server.GetAsync("/graphql?query=%7B%20hello%20%7D", Json);

        await RequestErrorAsync(response, HttpStatusCode.MethodNotAllowed, Json);
        Assert.Equal(["POST", "OPTIONS"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_are_405_with_the_allowed_ones()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST", "OPTIONS"], response.Content.Headers.Allow);
    }
}
