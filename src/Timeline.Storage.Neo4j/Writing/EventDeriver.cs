using Timeline.Domain.Resolution;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>
/// Derives canonical events again for the reports that changed and every report that could merge with
/// them. Blocking follows the merger's own rule: same type, a shared resolved participant or place, and
/// times within <see cref="EventBlocking.DisputeReachDays"/>; plus every report of an event already touched, so that
/// an event is always rebuilt whole. The closure is merged at once by <see cref="EventMerger"/>, which
/// gives what merging every report of the store would give.
/// </summary>
internal sealed class EventDeriver(ICypherRunner cypher)
{
    private const int MaxClosureSteps = 10_000;

    /// <param name="seedReportIds">Reports written, removed, or whose entities changed.</param>
    /// <param name="removedReportEvents">Events that removed reports belonged to (their nodes are gone, so the caller remembers).</param>
    public async Task<EventChange> DeriveAsync(IReadOnlyCollection<string> seedReportIds, IReadOnlyDictionary<string, string> removedReportEvents,
        CancellationToken cancellationToken)
    {
        await cypher.RunAsync("report-blocking-refresh", CypherParameters.Of(("ids", CypherParameters.Ids(seedReportIds))), cancellationToken);
        var component = await ComponentAsync(seedReportIds, removedReportEvents.Values, cancellationToken);

        var reports = await LoadAsync(component, cancellationToken);
        var oldEventOf = new Dictionary<string, string>(removedReportEvents, StringComparer.Ordinal);
        foreach (var r in reports)
        {
            if (r.EventId is not null) oldEventOf[r.Report.ReportId] = r.EventId;
        }
        var merged = EventMerger.Merge(reports.Select(r => r.Report).ToList());
        await cypher.RunAsync("events-delete", CypherParameters.Of(("ids", CypherParameters.Ids(oldEventOf.Values))), cancellationToken);

        var change = new EventChange();
        await WriteAsync(merged, reports.ToDictionary(r => r.Report.ReportId, StringComparer.Ordinal), change, cancellationToken);
        await FormerIds.RecordAsync(cypher, oldEventOf, change.EventOfReport, cancellationToken);
        return change;
    }

    private async Task<HashSet<string>> ComponentAsync(IReadOnlyCollection<string> seeds, IEnumerable<string> removedEvents, CancellationToken cancellationToken)
    {
        var component = new HashSet<string>(seeds, StringComparer.Ordinal);
        var frontier = component.ToList();
        var eventIds = CypherParameters.Ids(removedEvents);
        for (var step = 0; frontier.Count > 0 || eventIds.Count > 0; step++)
        {
            if (step >= MaxClosureSteps) throw new InvalidOperationException($"The closure of mergeable reports did not end within {MaxClosureSteps} steps.");
            var rows = await cypher.RunAsync("report-component-step", CypherParameters.Of(("ids", CypherParameters.Ids(frontier)),
                ("eventIds", eventIds), ("windowDays", (long)EventBlocking.DisputeReachDays)), cancellationToken);
            eventIds = [];
            frontier = [];
            foreach (var row in rows)
            {
                var id = row.Text("reportId");
                if (component.Add(id)) frontier.Add(id);
            }
        }
        return component;
    }

    private async Task<List<(EventReport Report, string? EventId, List<(long Ordinal, string EntityId, string Role)> Roles)>> LoadAsync(
        HashSet<string> component, CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("reports-load", CypherParameters.Of(("ids", CypherParameters.Ids(component))), cancellationToken);
        var reports = new List<(EventReport, string?, List<(long, string, string)>)>(rows.Count);
        foreach (var r in rows)
        {
            var roles = r.MapList("participants").Select(p => (p.Integer("ordinal"), p.Text("entityId"), p.Text("role"))).OrderBy(p => p.Item1).ToList();
            var when = RecordValues.Time(r.Text("whenValue"), r.Text("whenPrecision"), r.Date("earliest"), r.Date("latest"), r.TextOrNull("whenText"));
            var participants = roles.Select(p => p.Item2).Distinct(StringComparer.Ordinal).ToList();
            reports.Add((new EventReport(r.Text("id"), r.Text("articleId"), r.Text("type"), r.Text("title"), r.TextOrNull("summary"), when,
                r.TextOrNull("placeEntityId"), participants, r.TextList("tags"), r.Text("quote")), r.TextOrNull("eventId"), roles));
        }
        return reports;
    }

    private async Task WriteAsync(IReadOnlyList<MergedEvent> merged,
        Dictionary<string, (EventReport Report, string? EventId, List<(long Ordinal, string EntityId, string Role)> Roles)> reports,
        EventChange change, CancellationToken cancellationToken)
    {
        var events = new List<object?>();
        var members = new List<object?>();
        var participations = new List<object?>();
        foreach (var e in merged)
        {
            var articles = e.ReportIds.Select(r => reports[r].Report.ArticleId).ToHashSet(StringComparer.Ordinal);
            var conflicts = e.Conflicts.SelectMany(c => c.Values.Select(v => (object?)CypherParameters.Of(
                ("id", e.Id + "|" + c.Field + "|" + v.Value), ("eventId", e.Id), ("field", c.Field), ("value", v.Value),
                ("reportIds", JsonText.List(v.ReportIds))))).ToList();
            events.Add(CypherParameters.Of(
                ("props", CypherParameters.Of(("id", e.Id), ("type", e.Type), ("title", e.Title), ("summary", e.Summary), ("whenValue", e.When.Value),
                    ("whenPrecision", e.When.Precision.ToString()), ("earliest", e.When.Earliest), ("latest", e.When.Latest), ("whenText", e.When.Text),
                    ("placeId", e.PlaceEntityId), ("tags", e.Tags.ToList()), ("sourceCount", (long)articles.Count),
                    ("searchWords", NameWords.Of([e.Title, e.Summary])))),
                ("conflicts", conflicts)));
            foreach (var reportId in e.ReportIds)
            {
                members.Add(CypherParameters.Of(("reportId", reportId), ("eventId", e.Id)));
                change.EventOfReport[reportId] = e.Id;
            }
            var byEntity = e.ReportIds.SelectMany(r => reports[r].Roles).GroupBy(p => p.EntityId, StringComparer.Ordinal);
            foreach (var group in byEntity)
            {
                var roles = group.Select(p => p.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                participations.Add(CypherParameters.Of(("entityId", group.Key), ("eventId", e.Id), ("roles", roles),
                    ("earliest", e.When.Earliest), ("latest", e.When.Latest)));
            }
            change.ArticlesOfEvent[e.Id] = articles;
        }
        await cypher.RunAsync("events-write", CypherParameters.Of(("rows", events)), cancellationToken);
        await cypher.RunAsync("event-reports-write", CypherParameters.Of(("rows", members)), cancellationToken);
        await cypher.RunAsync("participations-write", CypherParameters.Of(("rows", participations)), cancellationToken);
    }
}
