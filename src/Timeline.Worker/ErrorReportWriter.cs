using System.Text.Json;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Worker;

/// <summary>
/// Writes the refusal report beside a failed document: the document's name, the article id when
/// known, when it was refused, and each error with its JSON Pointer.
/// </summary>
public static class ErrorReportWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Writes <paramref name="path"/> whole or not at all (through a temporary file and a rename).</summary>
    public static async Task WriteAsync(string path, string documentName, IngestReport report, DateTimeOffset refusedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(report);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await using var json = new Utf8JsonWriter(stream, Indented);
            json.WriteStartObject();
            json.WriteString("document", documentName);
            if (report.ArticleId is null) json.WriteNull("articleId");
            else json.WriteString("articleId", report.ArticleId);
            json.WriteString("refusedAt", refusedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("errors");
            foreach (var error in report.Errors)
            {
                json.WriteStartObject();
                json.WriteString("pointer", error.Pointer);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
