using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline merges undo &lt;mergeId&gt; [--as name] [--note text] [--json]</c>: the merge's two sides come apart.</summary>
public static class MergesUndoCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var merge = new Argument<string>("mergeId") { Description = "The merge's id, as 'timeline merges list' lists it." };
        var command = new Command("undo", "Undo a merge: its two sides become separate entities again, each with its own facts.") { merge };
        options.AddActionOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, options, parseResult.GetValue(merge)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, CurationOptions options, string mergeId, CancellationToken cancellationToken)
    {
        var curation = options.ContextOf(parseResult);
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        if (!await services.Services.GetRequiredService<IGraphStore>().UndoMergeAsync(mergeId, curation, cancellationToken))
        {
            throw new UsageException($"No merge '{mergeId}' in the graph: the id is unknown or the merge is already undone ('timeline merges list' shows the current ones).");
        }
        if (parseResult.GetValue(options.Json)) await JsonOutput.WriteAsync(context, new { mergeId, undone = true });
        else context.Out.WriteLine($"Undid merge {mergeId}.");
        return ExitCodes.Success;
    }
}
