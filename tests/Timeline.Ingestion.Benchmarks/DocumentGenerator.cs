using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Timeline.Ingestion.Benchmarks;

/// <summary>
/// Synthetic article-facts documents shaped like news: each article has its own people and
/// organizations (distinct, varied names, so that name blocking stays selective as it would on real
/// names), a few figures drawn from a shared pool, one of a few dozen cities, and a hub present in
/// every article ("United States", as in real coverage of one region). Most events are the
/// article's own, on distinct days; two per article report a shared figure's talks, so articles
/// that draw the same figure report the same event and their reports merge.
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
                var n = index * 8 + i;
                WriteEntity(json, key, i % 4 == 3 ? "organization" : "person",
                    i % 4 == 3 ? $"{Capital(Surname(n))} {OrganizationWords[n % OrganizationWords.Length]}" : PersonName(n));
                entityKeys.Add(key);
            }
            var figures = new int[4];
            for (var i = 0; i < 4; i++)
            {
                figures[i] = _random.Next(sharedPoolSize);
                var key = "shared-" + i.ToString(CultureInfo.InvariantCulture);
                WriteEntity(json, key, "person", PersonName(1_000_000 + figures[i]));
                entityKeys.Add(key);
            }
            WriteEntity(json, "us", "organization", "United States");
            WriteEntity(json, "place", "place", Capital(Surname(3_000_000 + index % 50)) + " City");
            json.WriteEndArray();

            json.WriteStartArray("events");
            for (var e = 0; e < eventsPerDocument; e++)
            {
                // Events 5 and 15 report the talks of the article's first and second shared figure.
                var shared = e % 10 == 5 ? figures[e / 10] : -1;
                var day = shared >= 0
                    ? new DateOnly(2015, 1, 1).AddDays(shared % 2000)
                    : new DateOnly(1980, 1, 1).AddDays((index * eventsPerDocument + e) % 14_000);
                json.WriteStartObject();
                json.WriteString("key", "event-" + e.ToString(CultureInfo.InvariantCulture));
                json.WriteString("type", shared >= 0 || e % 3 == 0 ? "talks" : e % 3 == 1 ? "airstrike" : "statement");
                json.WriteString("title", shared >= 0 ? $"Talks with figure {shared}" : $"Generated event {index}-{e}");
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
                    var local = entityKeys[(e + p * 5) % entityKeys.Count];
                    json.WriteString("entity", shared >= 0
                        ? p == 0 ? "shared-" + (e / 10).ToString(CultureInfo.InvariantCulture) : p == 1 ? "us" : local
                        : e % 4 == 1 && p == 2 ? "us" : local);
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

    private static readonly string[] GivenSyllables = ["ka", "mi", "ro", "sa", "le", "da", "no", "vi", "ta", "he", "jo", "ri", "ba", "lu", "fe", "zo", "ma", "ne", "pi", "go"];

    private static readonly string[] OrganizationWords = ["Party", "Council", "Ministry", "Front", "Agency", "Movement", "Institute", "Bank", "Assembly", "Alliance", "Company", "League"];

    // A given name from two syllables (400 of them) and a family name of its own.
    private static string PersonName(int n) =>
        Capital(GivenSyllables[n % 20] + GivenSyllables[n / 20 % 20] + "n") + " " + Capital(Surname(n));

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    // Letters only, so generated names stay distinct after name normalisation (which folds digits
    // too); three syllables picked by a multiplicative hash of n, so that consecutive numbers give
    // unrelated names, as real names are, rather than near-identical strings.
    private static string Surname(int n)
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var h = (uint)n * 2654435761u;
        var chars = new char[6];
        for (var i = 0; i < chars.Length; i += 2)
        {
            chars[i] = consonants[(int)(h % 17)];
            h /= 17;
            chars[i + 1] = vowels[(int)(h % 5)];
            h /= 5;
        }
        return new string(chars);
    }
}
