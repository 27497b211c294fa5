using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline curation log [--json]</c>: who did what, when, oldest first.</summary>
public static class CurationLogCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var command = new Command("log", "List the curation actions, oldest first: who, when, what, on which ids, and why.") { options.Json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, parseResult.GetValue(options.Json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, bool json, CancellationToken cancellationToken)
    {
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var log = await services.Services.GetRequiredService<IGraphStore>().ListCurationLogAsync(cancellationToken);
        if (json) await JsonOutput.WriteAsync(context, log);
        else context.Out.Write(CurationTables.Log(log));
        return ExitCodes.Success;
    }
}
