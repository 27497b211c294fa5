using System.Net;
using Xunit;
using static Timeline.GraphQL.Tests.Http.GraphQLAssert;

namespace Timeline.GraphQL.Tests.Http;

public sealed class PostRequestTests
{
    [Fact]
    public async Task A_query_is_answered_200_with_data_and_a_content_length()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"{ hello(name: \"Ada\") }"}""", GraphQLResponseJson);

        var body = await ResponseAsync(response, HttpStatusCode.OK, GraphQLResponseJson);
        Assert.Equal("hello Ada", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal("{\"data\":{\"hello\":\"hello Ada\"}}".Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_are_read()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync(
            """{"query":"query A { a: hello } query B($n: String) { b: hello(name: $n) }","operationName":"B","variables":{"n":"Bo"},"extensions":{"some":"value"}}""",
            Json);

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("""{"b":"hello Bo"}""", body.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_parameters_are_accepted(string parameter)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync($$"""{"query":"{ hello }","{{parameter}}":null}""", Json);

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("hello world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":0}""")]
    [InlineData("""{"query":"{ hello }","operationName":{"a":1}}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","extensions":false}""")]
    [InlineData("""["not an object"]""")]
    public async Task Parameters_of_the_wrong_type_are_400_under_either_media_type(string json)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            using var response = await server.PostAsync(json, accept);
            var body = await RequestErrorAsync(response, HttpStatusCode.BadRequest, accept);
            Assert.Equal("BAD_REQUEST", Code(body));
        }
    }

    [Theory]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":"  "}""")]
    public async Task A_missing_query_is_400_even_under_application_json(string json)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync(json);

        var body = await RequestErrorAsync(response, HttpStatusCode.BadRequest, Json);
        Assert.Contains("query", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\":\"{ hello }\"} trailing")]
    [InlineData("")]
    public async Task A_body_that_is_not_JSON_is_400(string text)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            using var response = await server.PostAsync(text, accept);
            await RequestErrorAsync(response, HttpStatusCode.BadRequest, accept);
        }
    }

    [Theory]
    [InlineData("{ hello", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Document_errors_are_400_under_graphql_response_json_and_200_under_application_json(string query, string code)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var json = GraphQLTestServer.Body(query);

        using (var strict = await server.PostAsync(json, GraphQLResponseJson))
        {
            Assert.Equal(code, Code(await RequestErrorAsync(strict, HttpStatusCode.BadRequest, GraphQLResponseJson)));
        }

        using var legacy = await server.PostAsync(json, Json);
        Assert.Equal(code, Code(await RequestErrorAsync(legacy, HttpStatusCode.OK, Json)));
    }

    [Fact]
    public async Task Variable_coercion_errors_are_request_errors()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var json = """{"query":"query ($n: String!) { hello(name: $n) }","variables":{"n":null}}""";

        using (var strict = await server.PostAsync(json, GraphQLResponseJson))
        {
            await RequestErrorAsync(strict, HttpStatusCode.BadRequest, GraphQLResponseJson);
        }

        using var legacy = await server.PostAsync(json, Json);
        await RequestErrorAsync(legacy, HttpStatusCode.OK, Json);
    }

    [Fact]
    public async Task Field_errors_are_200_with_data_and_errors()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"{ hello fail }"}""", GraphQLResponseJson);

        var body = await ResponseAsync(response, HttpStatusCode.OK, GraphQLResponseJson);
        Assert.Equal("""{"hello":"hello world","fail":null}""", body.GetProperty("data").GetRawText());
        Assert.Equal("fail", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Mutations_run_over_POST()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"mutation { bump }"}""");

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal(1, body.GetProperty("data").GetProperty("bump").GetInt32());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/graphql")]
    public async Task Bodies_of_other_media_types_are_415(string contentType)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", GraphQLResponseJson, contentType);

        var body = await RequestErrorAsync(response, HttpStatusCode.UnsupportedMediaType, GraphQLResponseJson);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", Code(body));
    }

    [Fact]
    public async Task A_body_without_content_type_is_415()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await RequestErrorAsync(response, HttpStatusCode.UnsupportedMediaType, Json);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON;charset=UTF-8")]
    public async Task A_UTF8_charset_on_the_body_is_accepted(string contentType)
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"}""", Json, contentType);

        var body = await ResponseAsync(response, HttpStatusCode.OK, Json);
        Assert.Equal("""{"__type":null}""", body.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxRequestBodySize = 64);
        var json = GraphQLTestServer.Body("{ hello }", new { padding = new string('x', 200) });
        using var response = await server.PostAsync(json, GraphQLResponseJson);

        var body = await RequestErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, GraphQLResponseJson);
        Assert.Equal("PAYLOAD_TOO_LARGE", Code(body));
    }
}
