using System.Text;

namespace Timeline.Api.Tests.Feeds;

/// <summary>A strict RFC 4180 reader for the tests: CRLF ends a record, a quoted field may hold anything, "" is a quote.</summary>
internal static class Rfc4180
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("A quoted field is not closed.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            while (i < text.Length && text[i] != ',' && text[i] != '\r')
            {
                if (text[i] is '"' or '\n') throw new FormatException($"A bare {(text[i] == '"' ? "quote" : "line feed")} at {i} outside a quoted field.");
                field.Append(text[i++]);
            }
            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length) throw new FormatException("The last record does not end with CRLF.");
            if (text[i] == ',') { i++; continue; }
            if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"A CR without LF at {i}.");
            i += 2;
            records.Add(record);
            record = [];
        }
        return records;
    }
}
