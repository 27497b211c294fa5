using System.Text.Json;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests.Fakes;

/// <summary>A request as the fake server saw it, kept after the client has disposed the original.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body)
{
    public string Path => Uri.AbsolutePath;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement BodyJson()
    {
        Assert.NotNull(Body);
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }
}
