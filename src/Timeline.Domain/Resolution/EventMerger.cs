namespace Timeline.Domain.Resolution;

/// <summary>
/// Merges reports of one real-world event from different articles, in two steps, within each
/// event type (types compare ordinally; reports of different types never merge). Reports of one
/// article are never merged with each other: the article itself tells them apart.
/// <para>
/// <b>Agreement.</b> Two reports are the same event when their time ranges overlap at their
/// precisions and they share a participant or the place. Pairs are joined strongest first (most
/// shared participants and place, then by report ids) as long as the group keeps a day common to
/// all its reports. The group's time is <see cref="MergedTime.Of"/> its reports.
/// </para>
/// <para>
/// <b>Date disagreement.</b> Two agreement groups are one event whose date is disputed, rather than
/// two events, exactly when all of these hold: no article reports both; they have the same core
/// participants (those both name make up at least half of each group's participants, see
/// <see cref="AgreementGroup.ShareCoreParticipants"/>); they do not name different places; their
/// times share no day; and at most <see cref="DateDisputeWindowDays"/> days lie between them. Otherwise they are separate events, so a strike in January and another in
/// March with the same participants stay two strikes.
/// </para>
/// <para>
/// <b>Conflicts.</b> A merged event keeps every version of a disputed field with its report ids
/// (<see cref="EventConflict"/>): "when" (one version per agreement group), "place" (reports naming
/// different places) and "role:{entityId}" (a participant given contradicting roles; the generic
/// role "participant" contradicts nothing). The event shows the version most reports give, ties by
/// earlier time or ordinal order.
/// </para>
/// The result depends on the set of reports only: they are sorted by id before anything is decided.
/// </summary>
public static class EventMerger
{
    /// <summary>Largest gap in days between two non-overlapping times still read as one disputed date.</summary>
    public const int DateDisputeWindowDays = 7;

    /// <summary>Merges the reports; events come ordered by id.</summary>
    /// <exception cref="ArgumentException">Two reports share an id, or a report lacks an id, article, type, title, lists or time, or has a time whose range ends before it starts.</exception>
    public static IReadOnlyList<MergedEvent> Merge(IReadOnlyCollection<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sorted = Validated(reports);
        var events = new List<MergedEvent>();
        foreach (var ofType in sorted.GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            var list = ofType.ToList();
            var agreement = Agree(list);
            var disputes = JoinDisputedDates(list, agreement);
            events.AddRange(disputes.Select(g => MergedEventBuilder.Build([.. g.Select(a => (IReadOnlyList<EventReport>)[.. a.Select(i => list[i])])])));
        }

        return [.. events.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static List<EventReport> Validated(IReadOnlyCollection<EventReport> reports)
    {
        var sorted = reports.OrderBy(r => r?.ReportId, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var r = sorted[i] ?? throw new ArgumentException("The reports contain a null entry.", nameof(reports));
            if (string.IsNullOrWhiteSpace(r.ReportId))
            {
                throw new ArgumentException($"A report titled '{r.Title}' in article '{r.ArticleId}' has no report id.", nameof(reports));
            }

            if (i > 0 && sorted[i - 1].ReportId == r.ReportId)
            {
                throw new ArgumentException($"Report id '{r.ReportId}' occurs twice; each report needs its own id.", nameof(reports));
            }

            if (string.IsNullOrWhiteSpace(r.ArticleId) || string.IsNullOrWhiteSpace(r.Type))
            {
                throw new ArgumentException($"Report '{r.ReportId}' lacks an article id or a type.", nameof(reports));
            }

            if (r.ParticipantEntityIds is null || r.Tags is null || r.ParticipantRoles is null || r.Title is null
                || r.ParticipantEntityIds.Any(p => p is null) || r.Tags.Any(t => t is null))
            {
                throw new ArgumentException($"Report '{r.ReportId}' lacks its title, participants, tags or roles, or holds a null entry in one.", nameof(reports));
            }

            if (r.When is null || r.When.Earliest > r.When.Latest)
            {
                throw new ArgumentException($"Report '{r.ReportId}' has no time or a time ending before it starts ('{r.When?.Value}').", nameof(reports));
            }
        }

        return sorted;
    }

    private static IReadOnlyList<IReadOnlyList<int>> Agree(List<EventReport> reports)
    {
        var edges = new List<(int Strength, int A, int B)>();
        foreach (var (a, b) in NearbyPairs.Of([.. reports.Select(r => (r.When.Earliest, r.When.Latest))], 0))
        {
            var (x, y) = (reports[a], reports[b]);
            if (x.ArticleId == y.ArticleId)
            {
                continue;
            }

            var strength = x.ParticipantEntityIds.Intersect(y.ParticipantEntityIds, StringComparer.Ordinal).Count()
                + (x.PlaceEntityId is not null && x.PlaceEntityId == y.PlaceEntityId ? 1 : 0);
            if (strength > 0)
            {
                edges.Add((strength, a, b));
            }
        }

        var groups = new ConstrainedUnion(reports.Count, (left, right) =>
            DistinctArticles(left.Select(i => reports[i]), right.Select(i => reports[i]))
            && MergedTime.Of([.. left.Concat(right).Select(i => reports[i])]) is not null);
        foreach (var (_, a, b) in edges.OrderByDescending(e => e.Strength).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            groups.TryUnion(a, b);
        }

        return groups.Groups();
    }

    private static IEnumerable<IReadOnlyList<IReadOnlyList<int>>> JoinDisputedDates(List<EventReport> reports, IReadOnlyList<IReadOnlyList<int>> agreement)
    {
        var summaries = agreement.Select(g => AgreementGroup.Of([.. g.Select(i => reports[i])])).ToList();
        var disputes = new ConstrainedUnion(agreement.Count, (left, right) =>
            DistinctArticles(left.SelectMany(i => summaries[i].Reports), right.SelectMany(i => summaries[i].Reports)));
        var near = NearbyPairs.Of([.. summaries.Select(g => (g.When.Earliest, g.When.Latest))], DateDisputeWindowDays + 1);
        foreach (var (a, b) in near)
        {
            if (AgreementGroup.IsDisputedDate(summaries[a], summaries[b], DateDisputeWindowDays))
            {
                disputes.TryUnion(a, b);
            }
        }

        return disputes.Groups().Select(g => (IReadOnlyList<IReadOnlyList<int>>)[.. g.Select(i => agreement[i])]);
    }

    private static bool DistinctArticles(IEnumerable<EventReport> left, IEnumerable<EventReport> right)
    {
        var articles = left.Select(r => r.ArticleId).ToHashSet(StringComparer.Ordinal);
        return !right.Any(r => articles.Contains(r.ArticleId));
    }
}
