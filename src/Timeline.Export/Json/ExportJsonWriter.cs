using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;

namespace Timeline.Export.Json;

/// <summary>
/// Writes an <see cref="ExportDocument"/> as the "timeline-export" JSON file: two-space indents, '\n' line
/// ends, every member always present (null when absent), maps sorted by key, and no timestamp, so the
/// same store gives the same bytes on every machine.
/// </summary>
public static class ExportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Readable names and quotes (no \u escapes for é or '); the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ExportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("format", ExportDocument.FormatName);
            json.WriteNumber("version", ExportDocument.Version);
            json.WriteStartArray("articles");
            foreach (var facts in document.Claims.Articles) WriteArticle(json, facts);
            json.WriteEndArray();
            json.WriteStartArray("decisions");
            foreach (var decision in document.Claims.Decisions) WriteDecision(json, decision);
            json.WriteEndArray();
            json.WritePropertyName("graph");
            WriteGraph(json, document.Graph);
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteArticle(Utf8JsonWriter json, ArticleFacts facts)
    {
        var a = facts.Article;
        json.WriteStartObject();
        json.WriteStartObject("article");
        json.WriteString("id", a.Id);
        json.WriteString("url", a.Url);
        json.WriteString("title", a.Title);
        json.WriteString("publisher", a.Publisher);
        json.WriteString("published", Day(a.Published));
        json.WriteString("language", a.Language);
        json.WriteString("contentHash", a.ContentHash);
        json.WriteEndObject();

        json.WriteStartArray("entities");
        foreach (var e in facts.Entities)
        {
            json.WriteStartObject();
            json.WriteString("key", e.Key);
            json.WriteString("kind", EntityKinds.Name(e.Kind));
            json.WriteString("name", e.Name);
            Strings(json, "aliases", e.Aliases);
            json.WriteString("description", e.Description);
            Map(json, "externalIds", e.ExternalIds);
            Strings(json, "sameAs", e.SameAs);
            json.WriteString("quote", e.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in facts.Events)
        {
            json.WriteStartObject();
            json.WriteString("key", e.Key);
            json.WriteString("type", e.Type);
            json.WriteString("title", e.Title);
            json.WriteString("summary", e.Summary);
            Time(json, "when", e.When);
            json.WriteString("place", e.PlaceKey);
            Strings(json, "tags", e.Tags);
            json.WriteString("quote", e.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("participations");
        foreach (var p in facts.Participations)
        {
            json.WriteStartObject();
            json.WriteString("event", p.EventKey);
            json.WriteString("entity", p.EntityKey);
            json.WriteString("role", p.Role);
            json.WriteString("quote", p.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("relations");
        foreach (var r in facts.Relations)
        {
            json.WriteStartObject();
            json.WriteString("type", r.Type);
            json.WriteString("ends", ExportNames.Ends(r.Ends));
            json.WriteString("subject", r.SubjectKey);
            json.WriteString("object", r.ObjectKey);
            Time(json, "start", r.Start);
            Time(json, "end", r.End);
            json.WriteString("quote", r.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDecision(Utf8JsonWriter json, MergeRecord decision)
    {
        json.WriteStartObject();
        json.WriteString("mentionA", decision.MentionA);
        json.WriteString("mentionB", decision.MentionB);
        json.WriteString("decision", ExportNames.Decision(decision.Decision));
        json.WriteString("note", decision.Note);
        json.WriteEndObject();
    }

    private static void WriteGraph(Utf8JsonWriter json, ExportGraph graph)
    {
        json.WriteStartObject();
        json.WriteStartArray("entities");
        foreach (var e in graph.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("kind", EntityKinds.Name(e.Kind));
            json.WriteString("name", e.Name);
            Strings(json, "aliases", e.Aliases);
            json.WriteString("description", e.Description);
            Map(json, "externalIds", e.ExternalIds);
            json.WriteString("partOf", e.PartOfId);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var x in graph.Events)
        {
            var e = x.Event;
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("type", e.Type);
            json.WriteString("title", e.Title);
            json.WriteString("summary", e.Summary);
            Time(json, "when", e.When);
            json.WriteString("place", e.PlaceId);
            Strings(json, "tags", e.Tags);
            json.WriteNumber("sourceCount", e.SourceCount);
            json.WriteStartArray("participants");
            foreach (var p in x.Participants)
            {
                json.WriteStartObject();
                json.WriteString("entity", p.EntityId);
                json.WriteString("role", p.Role);
                Claims(json, p.Claims);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var s in x.Sources)
            {
                json.WriteStartObject();
                json.WriteString("article", s.Article.Id);
                json.WriteString("report", s.ReportId);
                json.WriteString("quote", s.Claim.Quote);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var c in x.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("field", c.Field);
                json.WriteStartArray("values");
                foreach (var v in c.Values)
                {
                    json.WriteStartObject();
                    json.WriteString("value", v.Value);
                    Claims(json, v.Claims);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("entityRelations");
        foreach (var r in graph.EntityRelations)
        {
            json.WriteStartObject();
            json.WriteString("type", RelationTypes.Name(r.Type));
            json.WriteString("subject", r.SubjectEntityId);
            json.WriteString("object", r.ObjectEntityId);
            Time(json, "start", r.Start);
            Time(json, "end", r.End);
            Claims(json, r.Claims);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("eventRelations");
        foreach (var r in graph.EventRelations)
        {
            json.WriteStartObject();
            json.WriteString("type", RelationTypes.Name(r.Type));
            json.WriteString("subject", r.SubjectEventId);
            json.WriteString("object", r.ObjectEventId);
            Claims(json, r.Claims);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("mentionEntities");
        foreach (var (mention, entity) in graph.MentionEntities) json.WriteString(mention, entity);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Time(Utf8JsonWriter json, string name, TimePoint? time)
    {
        if (time is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("value", time.Value);
        json.WriteString("precision", ExportNames.Precision(time.Precision));
        json.WriteString("earliest", Day(time.Earliest));
        json.WriteString("latest", Day(time.Latest));
        json.WriteString("text", time.Text);
        json.WriteEndObject();
    }

    private static void Claims(Utf8JsonWriter json, IEnumerable<Claim> claims)
    {
        json.WriteStartArray("claims");
        foreach (var c in claims)
        {
            json.WriteStartObject();
            json.WriteString("article", c.ArticleId);
            json.WriteString("quote", c.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    private static void Map(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> values)
    {
        json.WriteStartObject(name);
        foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(pair.Key, pair.Value);
        json.WriteEndObject();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
