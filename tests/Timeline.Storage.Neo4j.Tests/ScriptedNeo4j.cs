using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Timeline.Neo4j.QueryApi;

namespace Timeline.Storage.Neo4j.Tests;

/// <summary>
/// A fake Neo4j Query API behind an HttpMessageHandler: it records every request (method, path, headers,
/// statement and typed parameters) and answers each statement with the rows the test scripted for its
/// statement file (none by default), in typed JSON, with explicit transactions and the affinity header.
/// </summary>
internal sealed class ScriptedNeo4j : HttpMessageHandler
{
    public const string Affinity = "server-7";
    private int _transactions;

    public List<SentRequest> Requests { get; } = [];

    /// <summary>Rows to answer a statement file with, by file name; each row maps field to value (CLR values, typed on the wire).</summary>
    public Dictionary<string, Func<JsonElement, IReadOnlyList<IReadOnlyDictionary<string, object?>>>> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>An HTTP status to answer every request with instead, and its body.</summary>
    public (HttpStatusCode Status, string Body)? Failure { get; set; }

    public void Answer(string statement, params IReadOnlyDictionary<string, object?>[] rows) => Answers[statement] = _ => rows;

    public IEnumerable<string> StatementNames => Requests.Where(r => r.Statement is not null).Select(r => CypherFiles.NameOf(r.Statement!) ?? "(unknown)");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        using var json = string.IsNullOrEmpty(body) ? null : JsonDocument.Parse(body);
        var statement = json is not null && json.RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;
        var parameters = json is not null && json.RootElement.TryGetProperty("parameters", out var p) ? p.Clone() : default;
        var accessMode = json is not null && json.RootElement.TryGetProperty("accessMode", out var m) ? m.GetString() : null;
        var sent = new SentRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.Single() : null, statement, parameters,
            request.Content?.Headers.ContentType?.MediaType, accessMode ?? "Write");
        Requests.Add(sent);

        if (Failure is { } failure) return Respond(failure.Status, failure.Body, null);
        if (request.Method == HttpMethod.Delete) return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };

        var path = sent.Path;
        var rows = statement is null ? [] : RowsFor(statement, parameters);
        var opening = path.EndsWith("/tx", StringComparison.Ordinal);
        var inTransaction = path.Contains("/tx/", StringComparison.Ordinal) && !path.EndsWith("/commit", StringComparison.Ordinal);
        string? transactionId = null;
        if (opening) transactionId = "tx" + Interlocked.Increment(ref _transactions).ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (inTransaction) transactionId = path[(path.LastIndexOf('/') + 1)..];
        return Respond(HttpStatusCode.Accepted, Body(rows, transactionId), opening ? Affinity : null);
    }

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> RowsFor(string statement, JsonElement parameters)
    {
        var name = CypherFiles.NameOf(statement);
        return name is not null && Answers.TryGetValue(name, out var answer) ? answer(parameters) : [];
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, string body, string? affinity)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/vnd.neo4j.query") };
        if (affinity is not null) response.Headers.Add("neo4j-cluster-affinity", affinity);
        return response;
    }

    private static string Body(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, string? transactionId)
    {
        var fields = rows.Count == 0 ? [] : rows[0].Keys.ToList();
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartArray("fields");
            foreach (var f in fields) writer.WriteStringValue(f);
            writer.WriteEndArray();
            writer.WriteStartArray("values");
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var f in fields) Neo4jTypedJson.Write(writer, row[f]);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("bookmarks");
            writer.WriteStringValue("FB:scripted");
            writer.WriteEndArray();
            if (transactionId is not null)
            {
                writer.WriteStartObject("transaction");
                writer.WriteString("id", transactionId);
                writer.WriteString("expires", "2030-01-01T00:00:00Z");
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>One request the fake received.</summary>
internal sealed record SentRequest(HttpMethod Method, string Path, string? Authorization, string? Affinity, string? Statement, JsonElement Parameters,
    string? ContentType, string AccessMode);
