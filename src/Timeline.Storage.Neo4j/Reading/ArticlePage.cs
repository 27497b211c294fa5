using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>Articles by (published, id), keyset-paged in either direction.</summary>
internal static class ArticlePage
{
    public static async Task<Page<Article>> RunAsync(ICypherRunner cypher, ArticleListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Page.Validate();
        var ascending = query.Direction == SortDirection.Ascending;
        var scanAscending = ascending != query.Page.IsBackward;
        var after = query.Page.After is null ? null : Bound(query.Page.After, "after");
        var before = query.Page.Before is null ? null : Bound(query.Page.Before, "before");
        var rows = (await cypher.RunAsync(scanAscending ? "articles-page-asc" : "articles-page-desc", CypherParameters.Of(
            ("lower", ascending ? after : before), ("upper", ascending ? before : after), ("limit", (long)query.Page.Size + 1)), cancellationToken))
            .Select(NodeRows.ReadArticle).ToList();
        return KeysetPaging.Build(rows, query.Page, a => OpaqueCursor.EncodePair(DateText.Format(a.Published), a.Id), null);
    }

    private static Dictionary<string, object?> Bound(string cursor, string argumentName)
    {
        var (published, id) = OpaqueCursor.DecodePair(cursor, argumentName);
        if (!DateText.TryParse(published, out var date)) throw new FormatException($"{argumentName}: \"{cursor}\" is not a cursor of this list.");
        return CypherParameters.Of(("published", date), ("id", id));
    }
}
