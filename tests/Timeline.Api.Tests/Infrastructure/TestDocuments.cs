using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>Article-facts documents the host tests send, read from the Documents folder beside the tests.</summary>
public static class TestDocuments
{
    public const string StrikeAndVoteArticleId = "test-2021-04-07-strike-and-vote";

    /// <summary>A valid document: one article reporting the January 2020 strike and the parliament's vote after it.</summary>
    public static string StrikeAndVote => Read("strike-and-vote.json");

    /// <summary>One article naming Iraq's foreign minister "Fuad Hassan", with no sameAs: a merge candidate with <see cref="FuadHussein"/>.</summary>
    public static string FuadHassan => Read("fuad-hassan.json");

    /// <summary>Another article naming him "Fuad Hussein", with no sameAs and no key shared with <see cref="FuadHassan"/>.</summary>
    public static string FuadHussein => Read("fuad-hussein.json");

    /// <summary>
    /// The valid document broken in two places the validator names by JSON Pointer: the publication date is not a date
    /// and the second event has no title.
    /// </summary>
    public static string Broken
    {
        get
        {
            var document = JsonNode.Parse(StrikeAndVote)!.AsObject();
            document["article"]!["published"] = "7 April 2021";
            document["events"]![1]!.AsObject().Remove("title");
            return document.ToJsonString();
        }
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", name));
}
