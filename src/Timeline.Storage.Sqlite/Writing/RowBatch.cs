using System.Globalization;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Rows of one table gathered for a document, inserted through one prepared single-row INSERT
/// executed per row: SQLite compiles the statement once for the store's lifetime, and each row costs
/// a bind and a step, with no JSON to build or parse in between.
/// </summary>
internal sealed class RowBatch
{
    private readonly List<object?[]> _rows = [];

    public int Count => _rows.Count;

    public IReadOnlyList<object?[]> Rows => _rows;

    public void Add(params object?[] values) => _rows.Add(values);

    /// <summary>"INSERT {verb} INTO table (c0, c1) VALUES ($p0, $p1)".</summary>
    public static string InsertSql(string table, string columns, string verb = "INSERT")
    {
        var count = columns.Split(',').Length;
        var values = string.Join(", ", Enumerable.Range(0, count).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        return $"{verb} INTO {table} ({columns}) VALUES ({values})";
    }

    /// <summary>Inserts the rows with the given statement, one execution per row.</summary>
    public void InsertWith(CommandCache commands, string sql)
    {
        foreach (var row in _rows) commands.Execute(sql, row);
    }
}
