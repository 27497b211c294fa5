using System.Globalization;
using Spectre.Console;

namespace Timeline.Cli.Ingest;

/// <summary>Renders a batch's figures and, for each refused file, its errors with their pointers.</summary>
public static class IngestSummaryView
{
    public static void Render(IAnsiConsole console, IngestSummary summary, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        var figures = new Table().Title("Ingestion").AddColumn("Documents").AddColumn(new TableColumn("Count").RightAligned());
        AddFigure(figures, "created", summary.Created);
        AddFigure(figures, "updated", summary.Updated);
        AddFigure(figures, "unchanged", summary.Unchanged);
        AddFigure(figures, "rejected", summary.Rejected);
        AddFigure(figures, "total", summary.Results.Count);
        figures.AddEmptyRow();
        AddFigure(figures, "events created", summary.EventsCreated);
        AddFigure(figures, "events merged", summary.EventsMerged);
        AddFigure(figures, "events unchanged", summary.EventsUnchanged);
        figures.AddEmptyRow();
        figures.AddRow(new Text("time"), new Text(summary.Elapsed.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture)));
        console.Write(figures);

        if (summary.Rejected == 0) return;
        var refusals = new Table().Title("Rejected").AddColumn("File").AddColumn("Pointer").AddColumn("Message");
        foreach (var refusal in summary.Refusals)
        {
            var file = DisplayPath(baseDirectory, refusal.Path);
            foreach (var error in refusal.Report.Errors)
            {
                refusals.AddRow(new Text(file), new Text(error.Pointer.Length == 0 ? "(document)" : error.Pointer), new Text(error.Message));
            }
        }
        console.Write(refusals);
    }

    /// <summary>Relative to the working directory when inside it, else the full path.</summary>
    private static string DisplayPath(string baseDirectory, string path)
    {
        var relative = Path.GetRelativePath(baseDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static void AddFigure(Table table, string label, int value) =>
        table.AddRow(new Text(label), new Text(value.ToString(CultureInfo.InvariantCulture)));
}
