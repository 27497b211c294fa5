using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline merges confirm &lt;candidateId&gt; [--as name] [--note text] [--json]</c>: the candidate's two entities become one.</summary>
public static class MergesConfirmCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var candidate = new Argument<string>("candidateId") { Description = "The candidate's id, as 'timeline merges candidates' lists it." };
        var command = new Command("confirm", "Confirm a merge candidate: its two entities become one, and the merge can be undone later.") { candidate };
        options.AddActionOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, options, parseResult.GetValue(candidate)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, CurationOptions options, string candidateId, CancellationToken cancellationToken)
    {
        var curation = options.ContextOf(parseResult);
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var merge = await services.Services.GetRequiredService<IGraphStore>().ConfirmMergeCandidateAsync(candidateId, curation, cancellationToken);
        if (parseResult.GetValue(options.Json)) await JsonOutput.WriteAsync(context, merge);
        else context.Out.Write(CurationTables.Merge(merge));
        return ExitCodes.Success;
    }
}
