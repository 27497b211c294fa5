using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>Articles by (published, id), keyset-paged over the published index.</summary>
internal static class ArticleList
{
    public static async Task<Page<Article>> RunAsync(SqliteConnection connection, ArticleListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Page.Validate();
        var ascending = query.Direction == SortDirection.Ascending;
        var scanAscending = ascending != query.Page.IsBackward;
        var conditions = new List<string>();
        var values = new List<object?>();
        if (query.Page.After is not null)
        {
            var (published, id) = OpaqueCursor.DecodePair(query.Page.After, "after");
            conditions.Add($"(a.published, a.id) {(ascending ? ">" : "<")} ($p{values.Count}, $p{values.Count + 1})");
            values.Add(published);
            values.Add(id);
        }
        if (query.Page.Before is not null)
        {
            var (published, id) = OpaqueCursor.DecodePair(query.Page.Before, "before");
            conditions.Add($"(a.published, a.id) {(ascending ? "<" : ">")} ($p{values.Count}, $p{values.Count + 1})");
            values.Add(published);
            values.Add(id);
        }
        var where = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        var direction = scanAscending ? "ASC" : "DESC";
        var rows = await Sql.ListAsync(connection,
            $"SELECT {ArticleRows.Columns} FROM articles a WHERE {where} ORDER BY a.published {direction}, a.id {direction} LIMIT {query.Page.Size + 1}",
            ArticleRows.Read, cancellationToken, [.. values]);
        return KeysetPaging.Build(rows, query.Page, a => OpaqueCursor.EncodePair(DateColumns.Format(a.Published), a.Id), null);
    }
}
