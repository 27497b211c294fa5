using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Timeline.Ingestion.Benchmarks;

/// <summary>
/// Synthetic article-facts documents shaped like news: each article has its own people and
/// places plus a few drawn from a shared pool (so entities merge across articles), and events
/// with participants and quotes on distinct days (so reports rarely merge by accident).
/// </summary>
internal sealed class DocumentGenerator(int eventsPerDocument, int sharedPoolSize, int seed)
{
    private readonly Random _random = new(seed);

    public byte[] Generate(int index)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var id = "bench-" + index.ToString(CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteNumber("formatVersion", 1);
            json.WriteStartObject("article");
            json.WriteString("id", id);
            json.WriteString("url", "https://example.org/news/" + id);
            json.WriteString("title", "Generated report " + index.ToString(CultureInfo.InvariantCulture));
            json.WriteString("publisher", "Benchmark Wire");
            json.WriteString("published", "2021-04-07");
            json.WriteString("language", "en");
            json.WriteEndObject();

            var entityKeys = new List<string>();
            json.WriteStartArray("entities");
            for (var i = 0; i < 8; i++)
            {
                var key = "local-" + i.ToString(CultureInfo.InvariantCulture);
                WriteEntity(json, key, i % 4 == 3 ? "organization" : "person", $"Person {index} {i} {Surname(index * 8 + i)}");
                entityKeys.Add(key);
            }
            for (var i = 0; i < 4; i++)
            {
                var shared = _random.Next(sharedPoolSize);
                var key = "shared-" + i.ToString(CultureInfo.InvariantCulture);
                WriteEntity(json, key, "person", $"Shared Figure {shared} {Surname(shared)}");
                entityKeys.Add(key);
            }
            WriteEntity(json, "place", "place", "City " + (index % 50).ToString(CultureInfo.InvariantCulture));
            json.WriteEndArray();

            json.WriteStartArray("events");
            for (var e = 0; e < eventsPerDocument; e++)
            {
                var day = new DateOnly(1980, 1, 1).AddDays((index * eventsPerDocument + e) % 14_000);
                json.WriteStartObject();
                json.WriteString("key", "event-" + e.ToString(CultureInfo.InvariantCulture));
                json.WriteString("type", e % 3 == 0 ? "talks" : e % 3 == 1 ? "airstrike" : "statement");
                json.WriteString("title", $"Generated event {index}-{e}");
                json.WriteString("summary", "Officials met and issued a statement about troop levels.");
                json.WriteStartObject("when");
                json.WriteString("value", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
                if (e % 4 == 0) json.WriteString("place", "place");
                json.WriteStartArray("tags");
                json.WriteStringValue("generated");
                json.WriteEndArray();
                json.WriteStartArray("participants");
                for (var p = 0; p < 3; p++)
                {
                    json.WriteStartObject();
                    json.WriteString("entity", entityKeys[(e + p * 5) % entityKeys.Count]);
                    json.WriteString("role", p == 0 ? "agent" : "participant");
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString("quote", $"On that day, event {index}-{e} took place, officials said.");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteEntity(Utf8JsonWriter json, string key, string kind, string name)
    {
        json.WriteStartObject();
        json.WriteString("key", key);
        json.WriteString("kind", kind);
        json.WriteString("name", name);
        json.WriteString("quote", name + " was named in the report.");
        json.WriteEndObject();
    }

    // Letters only, so generated names stay distinct after name normalisation (which folds digits too).
    private static string Surname(int n)
    {
        const string letters = "bcdfghjklmnprstvz";
        var chars = new char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = letters[n % letters.Length];
            n /= letters.Length;
        }
        return new string(chars);
    }
}
