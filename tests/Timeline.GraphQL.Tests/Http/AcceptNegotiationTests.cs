using System.Net;
using Xunit;
using static Timeline.GraphQL.Tests.Http.GraphQLAssert;

namespace Timeline.GraphQL.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("text/html, */*", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    public async Task The_response_media_type_follows_Accept(string? accept, string expected)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", accept);

        var body = await ResponseAsync(response, HttpStatusCode.OK, expected);
        Assert.Equal("hello world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0, */*;q=0")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", accept);

        var body = await RequestErrorAsync(response, HttpStatusCode.NotAcceptable, Json);
        Assert.Equal("NOT_ACCEPTABLE", Code(body));
    }
}
