using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Neo4j.QueryApi;

/// <summary>Request bodies: statement, typed parameters, and the optional fields the Query API takes.</summary>
internal static class RequestBodyWriter
{
    // The body goes to an API, never into HTML, so '+' in offsets and Base64 and non-ASCII text stay as they are.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Neo4jQuery? query, Neo4jAccessMode? accessMode, IReadOnlyList<string>? bookmarks)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            if (query is not null)
            {
                writer.WriteString("statement", query.Statement);
                if (query.Parameters.Count > 0)
                {
                    writer.WriteStartObject("parameters");
                    foreach (var (name, value) in query.Parameters)
                    {
                        writer.WritePropertyName(name);
                        Neo4jTypedJson.Write(writer, value, $"parameters.{name}");
                    }

                    writer.WriteEndObject();
                }

                if (query.IncludeCounters)
                {
                    writer.WriteBoolean("includeCounters", true);
                }
            }

            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            // Write is the server's default, so only Read needs saying.
            if (accessMode == Neo4jAccessMode.Read)
            {
                writer.WriteString("accessMode", "Read");
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
