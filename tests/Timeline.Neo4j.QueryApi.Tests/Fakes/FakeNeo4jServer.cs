using System.Net;
using System.Net.Http.Headers;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests.Fakes;

/// <summary>
/// A scripted stand-in for Neo4j: each expected exchange checks the method and path, then answers.
/// Requests are recorded so tests can assert headers and bodies afterwards.
/// </summary>
public sealed class FakeNeo4jServer : HttpMessageHandler
{
    public const string TypedJson = "application/vnd.neo4j.query";

    private readonly Queue<(HttpMethod Method, string Path, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Respond)> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeNeo4jServer Expect(HttpMethod method, string path, Func<RecordedRequest, HttpResponseMessage> respond) =>
        Expect(method, path, (request, _) => Task.FromResult(respond(request)));

    public FakeNeo4jServer Expect(
        HttpMethod method, string path, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        _script.Enqueue((method, path, respond));
        return this;
    }

    public FakeNeo4jServer ExpectJson(
        HttpMethod method, string path, HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        Expect(method, path, _ => Json(status, body, headers));

    public void AssertAllAnswered() =>
        Assert.True(_script.Count == 0, $"{_script.Count} scripted exchanges were never requested.");

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>An answer with no body and no Content-Type, as 5.26 gives for a rollback.</summary>
    public static HttpResponseMessage EmptyBody(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in request.Headers)
        {
            headers[header.Key.ToLowerInvariant()] = string.Join(", ", header.Value);
        }

        string? body = null;
        string? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsStringAsync(cancellationToken);
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, contentType, body);
        Requests.Add(recorded);
        Assert.True(_script.Count > 0, $"Unexpected request {request.Method} {request.RequestUri}: nothing more was scripted.");
        var (method, path, respond) = _script.Dequeue();
        Assert.Equal(method, request.Method);
        Assert.Equal(path, recorded.Path);
        return await respond(recorded, cancellationToken);
    }
}
