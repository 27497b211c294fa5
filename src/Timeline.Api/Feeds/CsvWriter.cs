using System.Text;

namespace Timeline.Api.Feeds;

/// <summary>
/// RFC 4180 text: records end with CRLF; a field holding a comma, a double quote, CR or LF is enclosed in double
/// quotes, with its double quotes doubled. Leading spaces are kept as they are (the RFC counts them as data).
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    public CsvWriter Record(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first) _text.Append(',');
            first = false;
            Field(field ?? "");
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    private void Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return;
        }
        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
