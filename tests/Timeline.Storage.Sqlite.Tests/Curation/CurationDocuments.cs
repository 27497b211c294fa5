using Timeline.Domain.Model;

namespace Timeline.Storage.Sqlite.Tests.Curation;

/// <summary>
/// Small generated articles about one strike: Soleimani under one Wikidata id (an automatic merge),
/// and Iraq's foreign minister as "Fuad Hassan" in one and "Fuad Hussein" in another with no shared
/// key (a merge candidate only).
/// </summary>
internal static class CurationDocuments
{
    public static ArticleFacts First() =>
        new FactsBuilder("aj", "2021-04-07")
            .Person("soleimani", "Qassem Soleimani", "Q1163085")
            .Person("fuad", "Fuad Hassan")
            .Place("baghdad", "Baghdad")
            .Event("strike", "airstrike", "US strike kills Soleimani", "2020-01-03", "baghdad", null, "soleimani:target")
            .Event("talks", "talks", "Strategic dialogue opens", "2021-04-07", null, null, "fuad:participant")
            .Build();

    public static ArticleFacts Second() =>
        new FactsBuilder("ndtv", "2021-04-08")
            .Person("soleimani", "Qasem Soleimani", "Q1163085")
            .Person("fuad", "Fuad Hussein")
            .Event("strike", "airstrike", "Drone strike near Baghdad airport", "2020-01-03", null, null, "soleimani:target")
            .Event("visit", "visit", "Foreign minister visits Washington", "2021-04-06", null, null, "fuad:participant")
            .Build();

    public static ArticleFacts Third() =>
        new FactsBuilder("reuters", "2021-04-09")
            .Person("soleimani", "Qasem Soleimani", "Q1163085")
            .Event("funeral", "funeral", "Funeral procession in Baghdad", "2020-01-06", null, null, "soleimani:subject")
            .Build();

    /// <summary>The second article in a new version: the visit moves a day and the minister is named in full.</summary>
    public static ArticleFacts SecondRevised() =>
        new FactsBuilder("ndtv", "2021-04-08")
            .Person("soleimani", "Qasem Soleimani", "Q1163085")
            .Person("fuad", "Fuad Mohammed Hussein")
            .Event("strike", "airstrike", "Drone strike near Baghdad airport", "2020-01-03", null, null, "soleimani:target")
            .Event("visit", "visit", "Foreign minister visits Washington", "2021-04-05", null, null, "fuad:participant")
            .Build();
}
