using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Timeline.Domain.Ports;
using Timeline.Hosting;
using Timeline.Hosting.Inbox;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline stats</c>: how big the graph is, and how many documents wait, were processed or failed.</summary>
public static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("stats", "Print the counts of events, entities, articles and claims, and of the inbox's documents.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var counts = await services.Services.GetRequiredService<IGraphStore>().CountAsync(cancellationToken);
        var paths = services.Services.GetRequiredService<InboxPaths>();

        var table = new Table().Title("Timeline").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        AddRow(table, "events", counts.Events);
        AddRow(table, "entities", counts.Entities);
        AddRow(table, "articles", counts.Articles);
        AddRow(table, "claims", counts.Claims);
        table.AddEmptyRow();
        AddRow(table, "inbox", CountDocuments(paths.Inbox));
        AddRow(table, "processed", CountDocuments(paths.Processed));
        AddRow(table, "failed", FailedDocuments.List(paths).Count);
        context.Out.Write(table);
        return ExitCodes.Success;
    }

    private static long CountDocuments(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Count(file => string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase))
            : 0;

    private static void AddRow(Table table, string label, long value) =>
        table.AddRow(new Text(label), new Text(value.ToString(CultureInfo.InvariantCulture)));
}
