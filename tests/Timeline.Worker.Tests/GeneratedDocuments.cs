using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Timeline.Worker.Tests;

/// <summary>One generated document: its file name, its bytes, and whether the pipeline should accept it.</summary>
public sealed record GeneratedDocument(string FileName, byte[] Utf8, bool Valid);

/// <summary>
/// Article-facts documents built for batch tests: valid ones share places, people and organizations
/// and report events of a few types on overlapping days, so entities resolve and events merge
/// across articles; invalid ones carry one known error each, spread through the name order.
/// </summary>
public static class GeneratedDocuments
{
    private static readonly (string Key, string Name, string? Wikidata)[] Places =
        [("iraq", "Iraq", "Q796"), ("syria", "Syria", "Q858"), ("iran", "Iran", "Q794"), ("baghdad", "Baghdad", null), ("erbil", "Erbil", null)];

    private static readonly (string Key, string Name)[] People =
        [("mustafa-al-kadhimi", "Mustafa al-Kadhimi"), ("fuad-hussein", "Fuad Hussein"), ("john-kirby", "John Kirby"), ("yahya-rasool", "Yahya Rasool"), ("joe-biden", "Joe Biden"), ("lloyd-austin", "Lloyd Austin")];

    private static readonly (string Key, string Name)[] Organizations =
        [("pentagon", "Pentagon"), ("iraqi-parliament", "Iraqi parliament"), ("quds-force", "Quds Force"), ("united-nations", "United Nations")];

    private static readonly string[] EventTypes = ["talks", "statement", "airstrike", "parliamentary-vote", "rocket-attack"];

    /// <summary>The known errors, one per invalid document, with the pointer the pipeline names (null: wherever the JSON reader stopped).</summary>
    public static IReadOnlyList<(string? Pointer, Func<int, string> Json)> Defects { get; } =
    [
        (null, i => "{\"formatVersion\": 1, \"article\": {\"id\": \"broken-" + i.ToString(CultureInfo.InvariantCulture) + "\","),
        ("/formatVersion", i => Valid(i).Replace("\"formatVersion\":1", "\"formatVersion\":2", StringComparison.Ordinal)),
        ("/events/0/participants/0/entity", i => Valid(i).Replace("\"entity\":\"person-", "\"entity\":\"nobody-", StringComparison.Ordinal)),
        ("/events/0/when/value", i => Valid(i).Replace(EventDay(i, 0), "2021-02-30", StringComparison.Ordinal)),
        ("/entities/0/key", i => Valid(i).Replace("\"key\":\"place-", "\"key\":\"Place-", StringComparison.Ordinal)),
    ];

    /// <summary>
    /// <paramref name="valid"/> + <paramref name="invalid"/> documents named <c>doc-000.json</c> onwards;
    /// the invalid ones are spread evenly through the name order.
    /// </summary>
    public static IReadOnlyList<GeneratedDocument> Create(int valid, int invalid)
    {
        var total = valid + invalid;
        var documents = new List<GeneratedDocument>(total);
        var defect = 0;
        for (var i = 0; i < total; i++)
        {
            var name = $"doc-{i:000}.json";
            var isInvalid = invalid > 0 && defect < invalid && i % (total / invalid) == total / invalid / 2;
            var json = isInvalid ? Defects[defect++ % Defects.Count].Json(i) : Valid(i);
            documents.Add(new GeneratedDocument(name, Encoding.UTF8.GetBytes(json), !isInvalid));
        }
        return documents;
    }

    /// <summary>Writes the documents into <paramref name="folder"/> the way producers should: a .tmp file renamed when complete.</summary>
    public static void WriteTo(string folder, IEnumerable<GeneratedDocument> documents)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.FileName);
            File.WriteAllBytes(path + ".tmp", document.Utf8);
            File.Move(path + ".tmp", path);
        }
    }

    /// <summary>The valid document of index <paramref name="i"/>: three entities, three events, one relation.</summary>
    public static string Valid(int i)
    {
        var place = Places[i % Places.Length];
        var person = People[i % People.Length];
        var organization = Organizations[i % Organizations.Length];
        var placeKey = "place-" + place.Key;
        var personKey = "person-" + person.Key;
        var organizationKey = "org-" + organization.Key;
        var placeNode = new JsonObject { ["key"] = placeKey, ["kind"] = "place", ["name"] = place.Name, ["quote"] = $"in {place.Name}" };
        if (place.Wikidata is not null) placeNode["externalIds"] = new JsonObject { ["wikidata"] = place.Wikidata };

        var events = new JsonArray();
        for (var k = 0; k < 3; k++)
        {
            var type = EventTypes[(i + k) % EventTypes.Length];
            events.Add(new JsonObject
            {
                ["key"] = $"event-{k}",
                ["type"] = type,
                ["title"] = $"{person.Name}: {type} in {place.Name}",
                ["when"] = new JsonObject { ["text"] = $"on {EventDay(i, k)}", ["value"] = EventDay(i, k) },
                ["place"] = placeKey,
                ["participants"] = new JsonArray
                {
                    new JsonObject { ["entity"] = personKey, ["role"] = "agent" },
                    new JsonObject { ["entity"] = organizationKey, ["role"] = "participant", ["quote"] = $"{organization.Name} took part" },
                },
                ["quote"] = $"{person.Name} was at the {type} in {place.Name} on {EventDay(i, k)}",
            });
        }

        var document = new JsonObject
        {
            ["formatVersion"] = 1,
            ["article"] = new JsonObject
            {
                ["id"] = $"generated-article-{i:000}",
                ["title"] = $"Generated report {i}",
                ["publisher"] = "Generated News",
                ["published"] = "2021-04-10",
                ["language"] = "en",
            },
            ["entities"] = new JsonArray
            {
                placeNode,
                new JsonObject { ["key"] = personKey, ["kind"] = "person", ["name"] = person.Name, ["quote"] = person.Name },
                new JsonObject { ["key"] = organizationKey, ["kind"] = "organization", ["name"] = organization.Name, ["quote"] = $"the {organization.Name}" },
            },
            ["events"] = events,
            ["relations"] = new JsonArray
            {
                new JsonObject { ["type"] = "followedBy", ["subject"] = "event-0", ["object"] = "event-1", ["quote"] = "then" },
            },
        };
        return document.ToJsonString();
    }

    /// <summary>Days in the first quarter of 2021, chosen so that documents share some days and not others.</summary>
    private static string EventDay(int i, int k)
    {
        var month = 1 + (i / 28 % 3);
        var day = 1 + ((i + (k * 7)) % 28);
        return $"2021-{month:00}-{day:00}";
    }
}
