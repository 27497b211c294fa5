using FsCheck;
using FsCheck.Fluent;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Domain.Time;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>
/// Generators of claim sets drawn from small pools, so that generated mentions and reports often
/// share names, ids, times and participants and the rules have something to decide.
/// </summary>
internal static class ClaimGenerators
{
    private static readonly string[] Articles = ["aljazeera", "ndtv", "reuters", "afp"];

    private static readonly string[] Names =
    [
        "Qassem Soleimani", "Qasem Soleimani", "Ghasem Soleimani", "Qassem al-Araji", "Fuad Hassan", "Fuad Hussein",
        "Fuad Husayn", "Saddam Hussein", "Abu Mahdi al-Muhandis", "ISIL (ISIS)", "ISIS", "ISIL", "Islamic State",
        "Iraq", "Baghdad", "Donald Trump", "Donald Rumsfeld",
    ];

    private static readonly (string, string)[][] IdChoices =
        [[], [], [("wikidata", "Q1")], [("wikidata", "Q2")], [("wikidata", "Q3")], [("viaf", "100")]];

    private static readonly string[][] SameAsChoices =
        [[], [], ["ISIS"], ["wikidata:Q2"], ["https://www.wikidata.org/wiki/Q1"], ["https://en.wikipedia.org/wiki/Iraq"]];

    private static readonly TimePoint[] Times =
    [
        Day("2020-01-03"), Day("2020-01-04"), Day("2020-01-05"), Day("2020-01-20"), Month("2020-01"), Month("2020-02"),
        MonthRange("2019-12", "2020-01"), Year(2020),
    ];

    private static readonly string?[] Places = [null, null, "place-baghdad", "place-iraq"];

    private static readonly string[] Participants = ["us", "soleimani", "muhandis", "trump", "parliament"];

    public static Gen<EntityMention> Mention() =>
        from article in Gen.Elements(Articles)
        from local in Gen.Choose(0, 6)
        from kind in Gen.Elements(EntityKind.Person, EntityKind.Organization, EntityKind.Place)
        from name in Gen.Elements(Names)
        from alias in Gen.Elements(Names)
        from withAlias in Gen.Elements(false, false, true)
        from ids in Gen.Elements(IdChoices)
        from sameAs in Gen.Elements(SameAsChoices)
        select Claims.Mention(article, "m" + local, kind, name, withAlias ? [alias] : [], ids, sameAs);

    /// <summary>Mentions with distinct ids, and curation decisions between some of them that never contradict.</summary>
    public static Gen<(List<EntityMention> Mentions, ResolutionOverrides Overrides)> MentionsWithOverrides() =>
        from raw in Mention().ListOf()
        let mentions = raw.DistinctBy(m => m.MentionId).ToList()
        from same in PairsOf(mentions)
        from different in PairsOf(mentions)
        let kept = different.Where(d => !same.Any(s => SamePair(s, d))).ToList()
        select (mentions, new ResolutionOverrides(same, kept));

    public static Gen<EventReport> Report() =>
        from article in Gen.Elements(Articles)
        from local in Gen.Choose(0, 4)
        from type in Gen.Elements("strike", "strike", "vote")
        from when in Gen.Elements(Times)
        from place in Gen.Elements(Places)
        from participants in Gen.SubListOf(Participants)
        from role in Gen.Elements("agent", "target", "participant")
        select Claims.Report(article, "e" + local, type, type + " " + local, when, place, [.. participants]) with
        {
            ParticipantRoles = participants.Take(1).ToDictionary(p => p, _ => role),
            Tags = [type, article],
        };

    /// <summary>Reports with distinct ids.</summary>
    public static Gen<List<EventReport>> Reports() =>
        Report().ListOf().Select(r => r.DistinctBy(x => x.ReportId).ToList());

    /// <summary>The list in the order a seeded shuffle gives.</summary>
    public static List<T> Shuffled<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }

    private static Gen<List<(string, string)>> PairsOf(List<EntityMention> mentions) =>
        mentions.Count < 2
            ? Gen.Constant(new List<(string, string)>())
            : Gen.Choose(0, mentions.Count - 1).Two()
                .Where(p => p.Item1 != p.Item2)
                .Select(p => (mentions[p.Item1].MentionId, mentions[p.Item2].MentionId))
                .ListOf(Math.Min(3, mentions.Count))
                .Select(p => p.ToList());

    private static bool SamePair((string, string) a, (string, string) b) =>
        (a.Item1 == b.Item1 && a.Item2 == b.Item2) || (a.Item1 == b.Item2 && a.Item2 == b.Item1);
}
