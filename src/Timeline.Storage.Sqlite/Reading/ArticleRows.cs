using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>The columns of an article row and how they become an <see cref="Article"/>.</summary>
internal static class ArticleRows
{
    public const string Columns = "a.id, a.url, a.title, a.publisher, a.published, a.language, a.content_hash";

    public static Article Read(SqliteDataReader r) => new(
        r.GetString(0), r.NullableString(1), r.GetString(2), r.NullableString(3), DateColumns.Parse(r.GetString(4)), r.NullableString(5), r.GetString(6));

    public static async Task<Dictionary<string, Article>> ByIdsAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = await Sql.ListAsync(connection, $"SELECT {Columns} FROM articles a WHERE a.id IN (SELECT value FROM json_each($p0))",
            Read, cancellationToken, JsonColumns.List(ids.Distinct(StringComparer.Ordinal)));
        return list.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }
}
