using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Rows gathered as one JSON array of arrays, inserted by a single statement that reads them with
/// json_each: one round trip per table and document instead of one per row.
/// </summary>
internal sealed class RowBatch : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public RowBatch()
    {
        _json = new Utf8JsonWriter(_buffer);
        _json.WriteStartArray();
    }

    public int Count { get; private set; }

    public void Add(params object?[] values)
    {
        _json.WriteStartArray();
        foreach (var value in values)
        {
            switch (value)
            {
                case null: _json.WriteNullValue(); break;
                case string s: _json.WriteStringValue(s); break;
                case int i: _json.WriteNumberValue(i); break;
                case long l: _json.WriteNumberValue(l); break;
                case double d: _json.WriteNumberValue(d); break;
                default: throw new ArgumentException($"A batch column cannot hold a {value.GetType().Name}.", nameof(values));
            }
        }
        _json.WriteEndArray();
        Count++;
    }

    /// <summary>The finished JSON; the batch takes no rows after this.</summary>
    public string ToJson()
    {
        _json.WriteEndArray();
        _json.Dispose();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _json.Dispose();

    /// <summary>"INSERT {verb} INTO table (c0, c1) SELECT value->>0, value->>1 FROM json_each($p0)".</summary>
    public static string InsertSql(string table, string columns, string verb = "INSERT")
    {
        var count = columns.Split(',').Length;
        var select = string.Join(", ", Enumerable.Range(0, count).Select(i => "value->>" + i.ToString(CultureInfo.InvariantCulture)));
        return $"{verb} INTO {table} ({columns}) SELECT {select} FROM json_each($p0)";
    }

    /// <summary>Inserts the rows with the given statement, when there are any.</summary>
    public void InsertWith(CommandCache commands, string sql)
    {
        var json = ToJson();
        if (Count > 0) commands.Execute(sql, json);
    }
}
