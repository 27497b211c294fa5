using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Timeline.Domain.Resolution;
using Timeline.Domain.Time;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>
/// Blocking is exact: merging the component of a change, and keeping every other event as it was,
/// gives what merging every report gives.
/// </summary>
public sealed class EventBlockingProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly string[] Articles = ["a1", "a2", "a3", "a4", "a5", "a6"];

    // A hub ("us") in many reports, and core participants that recur, over days a week or so apart.
    private static readonly string[] Participants = ["us", "us", "soleimani", "muhandis", "trump", "parliament"];

    private static Gen<TimePoint> Time() =>
        Gen.Frequency(
            (8, Gen.Choose(0, 30).Select(d => Day(new DateOnly(2020, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))),
            (1, Gen.Elements(Month("2020-01"), Month("2020-02"))),
            (1, Gen.Elements(Year(2020), MonthRange("2019-12", "2020-01"))));

    private static Gen<List<EventReport>> Reports() =>
        (from article in Gen.Elements(Articles)
         from local in Gen.Choose(0, 5)
         from type in Gen.Elements("strike", "strike", "talks")
         from when in Time()
         from place in Gen.Elements<string?>(null, null, "baghdad")
         from participants in Gen.SubListOf(Participants)
         select Report(article, "e" + local, type, type + " " + local, when, place, [.. participants.Distinct()]))
        .ListOf().Select(r => r.DistinctBy(x => x.ReportId).ToList());

    [Fact]
    public void Merging_one_changed_report_with_its_component_equals_merging_everything()
    {
        var input = Reports().Where(r => r.Count > 0).Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(input, pair =>
        {
            var (reports, pick) = pair;
            var changed = reports[pick % reports.Count];
            var before = EventMerger.Merge([.. reports.Where(r => r != changed)]);
            var reads = new InMemoryBlockingReads(reports, before);

            var component = EventBlocking.Component(reads, [changed.ReportId]);
            var untouched = before.Where(e => !e.ReportIds.Any(component.Contains));
            var rebuilt = EventMerger.Merge([.. reports.Where(r => component.Contains(r.ReportId))]);
            var incremental = untouched.Concat(rebuilt).OrderBy(e => e.Id, StringComparer.Ordinal);
            return Render(incremental) == Render(EventMerger.Merge(reports));
        }));
    }

    [Fact]
    public void Removing_a_report_and_merging_its_component_equals_merging_the_rest()
    {
        var input = Reports().Where(r => r.Count > 0).Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(input, pair =>
        {
            var (reports, pick) = pair;
            var removed = reports[pick % reports.Count];
            var rest = reports.Where(r => r != removed).ToList();
            var reads = new InMemoryBlockingReads(rest, EventMerger.Merge(reports));

            var component = EventBlocking.Component(reads, [removed.ReportId]);
            var untouched = EventMerger.Merge(reports).Where(e => !e.ReportIds.Any(component.Contains));
            var rebuilt = EventMerger.Merge([.. rest.Where(r => component.Contains(r.ReportId))]);
            var incremental = untouched.Concat(rebuilt).OrderBy(e => e.Id, StringComparer.Ordinal);
            return Render(incremental) == Render(EventMerger.Merge(rest));
        }));
    }

    [Fact]
    public void A_hub_shared_by_reports_days_apart_links_nothing()
    {
        List<EventReport> reports =
        [
            Report("a1", "e1", "talks", "Talks one", Day("2020-01-01"), null, "us", "soleimani", "muhandis"),
            Report("a2", "e1", "talks", "Talks two", Day("2020-01-03"), null, "us", "trump", "parliament"),
        ];
        var reads = new InMemoryBlockingReads(reports, EventMerger.Merge(reports));

        Assert.Equal(["a1#e1"], EventBlocking.Component(reads, ["a1#e1"]));
    }

    [Fact]
    public void Core_participants_a_week_apart_are_one_component_and_one_disputed_event()
    {
        // Seven days lie between the 1st and the 9th: still within the merger's dispute window.
        List<EventReport> reports =
        [
            Report("a1", "e1", "talks", "Talks", Day("2020-01-01"), null, "us", "soleimani"),
            Report("a2", "e1", "talks", "Talks", Day("2020-01-09"), null, "us", "soleimani"),
        ];
        var reads = new InMemoryBlockingReads(reports, EventMerger.Merge(reports[..1]));

        Assert.Equal(["a1#e1", "a2#e1"], EventBlocking.Component(reads, ["a2#e1"]).Order(StringComparer.Ordinal));
        Assert.Single(EventMerger.Merge(reports));
    }

    /// <summary>Blocking reads over a list of reports and an assignment of reports to events.</summary>
    private sealed class InMemoryBlockingReads(IReadOnlyList<EventReport> reports, IReadOnlyList<MergedEvent> events) : IEventBlockingReads
    {
        private readonly Dictionary<string, EventReport> _byId = reports.ToDictionary(r => r.ReportId, StringComparer.Ordinal);

        private readonly Dictionary<string, MergedEvent> _eventOf = events
            .SelectMany(e => e.ReportIds.Select(r => (r, e))).ToDictionary(x => x.r, x => x.e, StringComparer.Ordinal);

        public IReadOnlyList<BlockingReport> Reports(IReadOnlyCollection<string> reportIds) =>
            [.. reportIds.Where(_byId.ContainsKey).Select(id => _byId[id])
                .Select(r => new BlockingReport(r.ReportId, r.ParticipantEntityIds))];

        public IReadOnlyList<(string ReportId, string OtherId, string EntityId)> Near(IReadOnlyCollection<string> reportIds, int reachDays) =>
            [.. reportIds.Where(_byId.ContainsKey).Select(id => _byId[id]).SelectMany(a => reports
                .Where(b => b.Type == a.Type && b.When.Earliest.DayNumber <= a.When.Latest.DayNumber + reachDays
                    && b.When.Latest.DayNumber >= a.When.Earliest.DayNumber - reachDays)
                .SelectMany(b => Entities(a).Intersect(Entities(b)).Select(e => (a.ReportId, b.ReportId, e))))];

        private static IEnumerable<string> Entities(EventReport r) =>
            r.PlaceEntityId is null ? r.ParticipantEntityIds : r.ParticipantEntityIds.Append(r.PlaceEntityId);

        public IReadOnlyList<(string ReportId, string MateId)> EventMates(IReadOnlyCollection<string> reportIds) =>
            [.. reportIds.Where(_eventOf.ContainsKey).SelectMany(id => _eventOf[id].ReportIds.Select(mate => (id, mate)))];
    }
}
