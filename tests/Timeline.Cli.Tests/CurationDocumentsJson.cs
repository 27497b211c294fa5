using System.Text.Json.Nodes;

namespace Timeline.Cli.Tests;

/// <summary>
/// Three small article-facts documents for the curation commands: Soleimani under one Wikidata id in
/// all three (automatic merges), and the foreign minister as "Fuad Hassan" and "Fuad Hussein" in two
/// with no shared key (a merge candidate).
/// </summary>
internal static class CurationDocumentsJson
{
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.json"), Document("curation-a", "Qassem Soleimani", "Fuad Hassan", "2021-04-07"));
        File.WriteAllText(Path.Combine(folder, "b.json"), Document("curation-b", "Qasem Soleimani", "Fuad Hussein", "2021-04-06"));
        File.WriteAllText(Path.Combine(folder, "c.json"), Document("curation-c", "Qasem Soleimani", null, "2021-04-05"));
    }

    private static string Document(string articleId, string soleimani, string? minister, string talksDay)
    {
        var entities = new JsonArray
        {
            new JsonObject
            {
                ["key"] = "person-soleimani", ["kind"] = "person", ["name"] = soleimani,
                ["externalIds"] = new JsonObject { ["wikidata"] = "Q1163085" }, ["quote"] = soleimani,
            },
        };
        var events = new JsonArray
        {
            new JsonObject
            {
                ["key"] = "event-strike", ["type"] = "airstrike", ["title"] = "US strike kills Soleimani",
                ["when"] = new JsonObject { ["text"] = "on 3 January 2020", ["value"] = "2020-01-03" },
                ["participants"] = new JsonArray { new JsonObject { ["entity"] = "person-soleimani", ["role"] = "target" } },
                ["quote"] = $"{soleimani} was killed in a US strike on 3 January 2020",
            },
        };
        if (minister is not null)
        {
            entities.Add(new JsonObject { ["key"] = "person-minister", ["kind"] = "person", ["name"] = minister, ["quote"] = minister });
            events.Add(new JsonObject
            {
                ["key"] = "event-talks", ["type"] = "talks", ["title"] = $"{minister} opens the strategic dialogue",
                ["when"] = new JsonObject { ["text"] = $"on {talksDay}", ["value"] = talksDay },
                ["participants"] = new JsonArray { new JsonObject { ["entity"] = "person-minister", ["role"] = "participant" } },
                ["quote"] = $"{minister} opened the talks on {talksDay}",
            });
        }
        return new JsonObject
        {
            ["formatVersion"] = 1,
            ["article"] = new JsonObject
            {
                ["id"] = articleId, ["title"] = "Report " + articleId, ["publisher"] = "Test Press", ["published"] = "2021-04-08", ["language"] = "en",
            },
            ["entities"] = entities,
            ["events"] = events,
        }.ToJsonString();
    }
}
