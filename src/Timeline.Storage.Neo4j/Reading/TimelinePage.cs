using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>
/// Events in time order, filtered and keyset-paged: the (earliest, latest, id) order of the SQLite store.
/// A cursor becomes a bound the rows must lie beyond ($lower) or before ($upper); a backward page walks
/// the order from the other end and is flipped back.
/// </summary>
internal static class TimelinePage
{
    public static async Task<Page<Event>> RunAsync(ICypherRunner cypher, EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Page.Validate();
        var filter = query.Filter ?? EventFilter.None;
        if (filter.MinSources is < 0 || filter.MaxSources is < 0) throw new ArgumentOutOfRangeException(nameof(query), "minSources and maxSources must not be negative.");
        var after = query.Page.After is null ? null : EventCursor.Decode(query.Page.After, "after");
        var before = query.Page.Before is null ? null : EventCursor.Decode(query.Page.Before, "before");

        var entityIds = await ResolveAsync(cypher, filter.EntityIds, cancellationToken);
        var placeIds = await ResolveAsync(cypher, filter.PlaceIds, cancellationToken);
        if (entityIds is { Count: 0 } || placeIds is { Count: 0 })
        {
            return new Page<Event>([], new PageInfo(false, false, null, null), query.IncludeTotalCount ? 0 : null);
        }

        // Checked after the ids, as the SQLite store does: an unknown entity gives an empty page whatever else is asked.
        if (filter.From is not null && filter.To is not null && filter.From > filter.To)
        {
            throw new ArgumentException($"The window starts ({filter.From:yyyy-MM-dd}) after it ends ({filter.To:yyyy-MM-dd}).", nameof(query));
        }
        var words = filter.Text is null ? null
            : NameWords.Query(filter.Text) ?? throw new ArgumentException("text must contain at least one letter or digit.", nameof(query));
        var parameters = CypherParameters.Of(("types", CypherParameters.ListOrNull(filter.Types)), ("placeIds", placeIds),
            ("tags", CypherParameters.ListOrNull(filter.Tags)), ("entityIds", entityIds), ("articleIds", CypherParameters.ListOrNull(filter.ArticleIds)),
            ("words", words), ("minSources", (long?)filter.MinSources), ("maxSources", (long?)filter.MaxSources), ("from", filter.From), ("to", filter.To));
        int? total = null;
        if (query.IncludeTotalCount)
        {
            var count = await cypher.RunAsync("timeline-count", parameters, cancellationToken);
            total = count.Count == 0 ? 0 : checked((int)count[0].Integer("total"));
        }

        var ascending = query.Direction == SortDirection.Ascending;
        var scanAscending = ascending != query.Page.IsBackward;
        parameters["lower"] = Bound(ascending ? after : before);
        parameters["upper"] = Bound(ascending ? before : after);
        parameters["limit"] = (long)query.Page.Size + 1;
        var rows = (await cypher.RunAsync(scanAscending ? "timeline-page-asc" : "timeline-page-desc", parameters, cancellationToken))
            .Select(NodeRows.ReadEvent).ToList();
        return KeysetPaging.Build(rows, query.Page, e => new EventCursor(e.When.Earliest, e.When.Latest, e.Id).Encode(), total);
    }

    private static Dictionary<string, object?>? Bound(EventCursor? cursor) =>
        cursor is null ? null : CypherParameters.Of(("earliest", cursor.Earliest), ("latest", cursor.Latest), ("id", cursor.Id));

    private static async Task<List<string>?> ResolveAsync(ICypherRunner cypher, IReadOnlyList<string>? ids, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0) return null;
        var map = await IdLookup.EntitiesAsync(cypher, ids, cancellationToken);
        return CypherParameters.Ids(map.Values);
    }
}
