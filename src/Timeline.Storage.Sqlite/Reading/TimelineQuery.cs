using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>
/// Events in time order, filtered and keyset-paged. The query is driven by the index that matches the
/// most selective filter so that a page is a range scan, never a sort of everything: one entity drives
/// from participations (entity, earliest, latest, event), one tag from event_tags, otherwise events'
/// own time, type or place indexes. Row-value comparisons on (earliest, latest, id) continue after the cursor.
/// </summary>
internal sealed class TimelineQuery
{
    private readonly StringBuilder _where = new();
    private readonly List<object?> _values = [];
    private string _from = "events e";
    private string _orderColumns = "e.earliest, e.latest, e.id";

    public static async Task<Page<Event>> RunAsync(SqliteConnection connection, EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Page.Validate();
        var filter = query.Filter ?? EventFilter.None;
        if (filter.MinSources is < 0 || filter.MaxSources is < 0) throw new ArgumentOutOfRangeException(nameof(query), "minSources and maxSources must not be negative.");
        var after = query.Page.After is null ? null : EventCursor.Decode(query.Page.After, "after");
        var before = query.Page.Before is null ? null : EventCursor.Decode(query.Page.Before, "before");

        var entityIds = await ResolveAsync(connection, filter.EntityIds, IdLookup.EntitiesAsync, cancellationToken);
        var placeIds = await ResolveAsync(connection, filter.PlaceIds, IdLookup.EntitiesAsync, cancellationToken);
        if ((entityIds is { Count: 0 }) || (placeIds is { Count: 0 }))
        {
            return new Page<Event>([], new PageInfo(false, false, null, null), query.IncludeTotalCount ? 0 : null);
        }

        var sql = new TimelineQuery();
        sql.Filter(filter, entityIds, placeIds);
        int? total = null;
        if (query.IncludeTotalCount)
        {
            using var count = Sql.Command(connection, $"SELECT count(*) FROM {sql._from} WHERE {sql.WhereText()}", [.. sql._values]);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var ascending = query.Direction == SortDirection.Ascending;
        // Reading backwards walks the index in the opposite direction.
        var scanAscending = ascending != query.Page.IsBackward;
        if (after is not null) sql.Cursor(after, ascending ? ">" : "<");
        if (before is not null) sql.Cursor(before, ascending ? "<" : ">");
        var direction = scanAscending ? "ASC" : "DESC";
        var order = string.Join(", ", sql._orderColumns.Split(", ").Select(c => c + " " + direction));
        var size = query.Page.Size;
        var text = $"SELECT {EventRows.Columns} FROM {sql._from} WHERE {sql.WhereText()} ORDER BY {order} LIMIT {size + 1}";
        var rows = await Sql.ListAsync(connection, text, EventRows.Read, cancellationToken, [.. sql._values]);
        return KeysetPaging.Build(rows, query.Page, e => new EventCursor(e.When.Earliest, e.When.Latest, e.Id).Encode(), total);
    }

    /// <summary>The SQL text and parameters a query would run (for query-plan checks).</summary>
    internal static (string Sql, object?[] Values) Explain(EventFilter filter, IReadOnlyList<string>? entityIds)
    {
        var sql = new TimelineQuery();
        sql.Filter(filter, entityIds, filter.PlaceIds);
        return ($"SELECT {EventRows.Columns} FROM {sql._from} WHERE {sql.WhereText()} ORDER BY {sql._orderColumns} LIMIT 51", [.. sql._values]);
    }

    private static async Task<IReadOnlyList<string>?> ResolveAsync(SqliteConnection connection, IReadOnlyList<string>? ids,
        Func<SqliteConnection, IEnumerable<string>, CancellationToken, Task<Dictionary<string, string>>> lookup, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0) return null;
        var map = await lookup(connection, ids, cancellationToken);
        return map.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private void Filter(EventFilter filter, IReadOnlyList<string>? entityIds, IReadOnlyList<string>? placeIds)
    {
        if (entityIds is { Count: 1 })
        {
            _from = "participations p JOIN events e ON e.id = p.event_id";
            _orderColumns = "p.earliest, p.latest, p.event_id";
            Add("p.entity_id = {0}", entityIds[0]);
        }
        else if (entityIds is { Count: > 1 })
        {
            Add("e.id IN (SELECT event_id FROM participations WHERE entity_id IN (SELECT value FROM json_each({0})))", JsonColumns.List(entityIds));
        }

        if (filter.Tags is { Count: 1 } && entityIds is null)
        {
            _from = "event_tags t JOIN events e ON e.id = t.event_id";
            _orderColumns = "t.earliest, t.latest, t.event_id";
            Add("t.tag = {0}", filter.Tags[0]);
        }
        else if (filter.Tags is { Count: > 0 })
        {
            Add("e.id IN (SELECT event_id FROM event_tags WHERE tag IN (SELECT value FROM json_each({0})))", JsonColumns.List(filter.Tags));
        }

        if (filter.Types is { Count: 1 }) Add("e.type = {0}", filter.Types[0]);
        else if (filter.Types is { Count: > 1 }) Add("e.type IN (SELECT value FROM json_each({0}))", JsonColumns.List(filter.Types));

        if (placeIds is { Count: 1 }) Add("e.place_entity_id = {0}", placeIds[0]);
        else if (placeIds is { Count: > 1 }) Add("e.place_entity_id IN (SELECT value FROM json_each({0}))", JsonColumns.List(placeIds));

        if (filter.ArticleIds is { Count: > 0 })
        {
            Add("e.id IN (SELECT er.event_id FROM reports r JOIN event_reports er ON er.report_id = r.report_id WHERE r.article_id IN (SELECT value FROM json_each({0})))",
                JsonColumns.List(filter.ArticleIds));
        }

        if (filter.Text is not null)
        {
            var match = FtsQuery.Prefixes(filter.Text) ?? throw new ArgumentException("text must contain at least one letter or digit.", nameof(filter));
            Add("e.rowid IN (SELECT rowid FROM event_fts WHERE event_fts MATCH {0})", match);
        }

        if (filter.MinSources is not null) Add("e.source_count >= {0}", filter.MinSources.Value);
        if (filter.MaxSources is not null) Add("e.source_count <= {0}", filter.MaxSources.Value);
        if (filter.From is not null && filter.To is not null && filter.From > filter.To)
        {
            throw new ArgumentException($"The window starts ({filter.From:yyyy-MM-dd}) after it ends ({filter.To:yyyy-MM-dd}).", nameof(filter));
        }
        // Overlap: the event may have happened inside the window.
        if (filter.To is not null) Add(Column("earliest") + " <= {0}", DateColumns.Format(filter.To.Value));
        if (filter.From is not null) Add(Column("latest") + " >= {0}", DateColumns.Format(filter.From.Value));
    }

    private void Cursor(EventCursor cursor, string comparison)
    {
        var columns = _orderColumns;
        var first = _values.Count;
        _values.Add(DateColumns.Format(cursor.Earliest));
        _values.Add(DateColumns.Format(cursor.Latest));
        _values.Add(cursor.Id);
        Append(string.Create(CultureInfo.InvariantCulture, $"({columns}) {comparison} ($p{first}, $p{first + 1}, $p{first + 2})"));
    }

    // The driving table's copy of the time columns, so the range condition uses its index.
    private string Column(string name) => _orderColumns.Split(", ")[name == "earliest" ? 0 : 1];

    private void Add(string condition, object? value)
    {
        Append(string.Format(CultureInfo.InvariantCulture, condition, "$p" + _values.Count.ToString(CultureInfo.InvariantCulture)));
        _values.Add(value);
    }

    private void Append(string condition)
    {
        if (_where.Length > 0) _where.Append(" AND ");
        _where.Append(condition);
    }

    private string WhereText() => _where.Length == 0 ? "1" : _where.ToString();
}
