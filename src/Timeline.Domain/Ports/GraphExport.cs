using System.Text;

namespace Timeline.Domain.Ports;

/// <summary>
/// The whole store as sorted tables: two stores holding the same facts give equal text,
/// whatever order the facts arrived in.
/// </summary>
public sealed record GraphExport(IReadOnlyList<ExportTable> Tables)
{
    /// <summary>A line-per-row text form, for comparison and diffs.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            text.Append("## ").Append(table.Name).Append(" (").AppendJoin(", ", table.Columns).Append(")\n");
            foreach (var row in table.Rows)
            {
                text.AppendJoin(" | ", row.Select(v => v ?? "∅")).Append('\n');
            }
        }
        return text.ToString();
    }
}
