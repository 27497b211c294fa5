namespace Timeline.Domain.Resolution;

/// <summary>
/// Builds one canonical event from its agreement groups (one group, or several when the sources
/// dispute its date): the title and summary most reports use, ties by ordinal order; the union of
/// tags and participants; and a conflict for every field the reports disagree on.
/// </summary>
internal static class MergedEventBuilder
{
    /// <summary>The role that says only that an entity took part, so it contradicts no other role.</summary>
    public const string GenericRole = "participant";

    public static MergedEvent Build(IReadOnlyList<IReadOnlyList<EventReport>> groups)
    {
        var reports = groups.SelectMany(g => g).OrderBy(r => r.ReportId, StringComparer.Ordinal).ToList();
        var reportIds = reports.Select(r => r.ReportId).ToList();
        var conflicts = new List<EventConflict>();

        // Agreement groups that share no participant may give the same time and still be one event,
        // each disputing a third group's date: a version is a time value, with all the reports giving it.
        var versions = groups
            .Select(g => (When: MergedTime.Of(g)!, Reports: g))
            .GroupBy(v => v.When.Value, StringComparer.Ordinal)
            .Select(v => (v.OrderBy(x => x.When.Text, StringComparer.Ordinal).First().When,
                ReportIds: v.SelectMany(x => x.Reports).Select(r => r.ReportId).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(v => v.ReportIds.Count)
            .ThenBy(v => v.When.Earliest)
            .ThenBy(v => v.When.Latest)
            .ThenBy(v => v.When.Value, StringComparer.Ordinal)
            .ToList();
        var when = versions[0].When;
        if (versions.Count > 1)
        {
            conflicts.Add(Conflict("when", versions.Select(v => (v.When.Value, (IEnumerable<string>)v.ReportIds))));
        }

        var places = ValuesWithReports(reports.Where(r => r.PlaceEntityId is not null).Select(r => (r.PlaceEntityId!, r.ReportId)));
        var place = MostReported(places);
        if (places.Count > 1)
        {
            conflicts.Add(Conflict("place", places.Select(p => (p.Key, (IEnumerable<string>)p.Value))));
        }

        conflicts.AddRange(RoleConflicts(reports));

        return new MergedEvent(
            EventIds.ForReport(reportIds[0]),
            reports[0].Type,
            Majority.Of(reports.Select(r => r.Title))!,
            Majority.Of(reports.Select(r => r.Summary).Where(s => !string.IsNullOrWhiteSpace(s))!),
            when,
            place,
            [.. reports.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            reportIds,
            [.. conflicts.OrderBy(c => c.Field, StringComparer.Ordinal)])
        {
            ParticipantEntityIds = [.. reports.SelectMany(r => r.ParticipantEntityIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private static IEnumerable<EventConflict> RoleConflicts(List<EventReport> reports)
    {
        var byParticipant = reports
            .SelectMany(r => r.ParticipantRoles
                .Where(p => !string.IsNullOrWhiteSpace(p.Value) && !string.Equals(p.Value.Trim(), GenericRole, StringComparison.OrdinalIgnoreCase))
                .Select(p => (Entity: p.Key, Role: p.Value.Trim().ToLowerInvariant(), r.ReportId)))
            .GroupBy(x => x.Entity, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var participant in byParticipant)
        {
            var roles = ValuesWithReports(participant.Select(x => (x.Role, x.ReportId)));
            if (roles.Count > 1)
            {
                yield return Conflict("role:" + participant.Key, roles.Select(r => (r.Key, (IEnumerable<string>)r.Value)));
            }
        }
    }

    private static SortedDictionary<string, SortedSet<string>> ValuesWithReports(IEnumerable<(string Value, string ReportId)> pairs)
    {
        var values = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (value, reportId) in pairs)
        {
            if (!values.TryGetValue(value, out var ids))
            {
                ids = new SortedSet<string>(StringComparer.Ordinal);
                values[value] = ids;
            }

            ids.Add(reportId);
        }

        return values;
    }

    private static string? MostReported(SortedDictionary<string, SortedSet<string>> values) =>
        values.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key).FirstOrDefault();

    private static EventConflict Conflict(string field, IEnumerable<(string Value, IEnumerable<string> ReportIds)> values) =>
        new(field, [.. values
            .Select(v => new ConflictValue(v.Value, [.. v.ReportIds.Order(StringComparer.Ordinal)]))
            .OrderBy(v => v.Value, StringComparer.Ordinal)]);
}
