using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline merges list [--json]</c>: every merge, automatic and curated, with both sides and the evidence.</summary>
public static class MergesListCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var command = new Command("list", "List every merge the graph holds: the entity, the two sides as they would be apart, and what joined them.") { options.Json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, parseResult.GetValue(options.Json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, bool json, CancellationToken cancellationToken)
    {
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var merges = await services.Services.GetRequiredService<IGraphStore>().ListMergesAsync(cancellationToken);
        if (json) await JsonOutput.WriteAsync(context, merges);
        else context.Out.Write(CurationTables.Merges(merges));
        return ExitCodes.Success;
    }
}
