using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline merges candidates [--json]</c>: pairs of entities that may be the same, awaiting a curator.</summary>
public static class MergesCandidatesCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var command = new Command("candidates", "List merge candidates: entities with similar names but no shared key, with the score and the evidence.") { options.Json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, parseResult.GetValue(options.Json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, bool json, CancellationToken cancellationToken)
    {
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var store = services.Services.GetRequiredService<IGraphStore>();
        var candidates = await store.ListMergeCandidatesAsync(cancellationToken);
        if (json)
        {
            await JsonOutput.WriteAsync(context, candidates);
            return ExitCodes.Success;
        }
        var ids = candidates.SelectMany(c => new[] { c.LeftEntityId, c.RightEntityId }).Distinct(StringComparer.Ordinal).ToList();
        var entities = await store.GetEntitiesAsync(ids, cancellationToken);
        context.Out.Write(CurationTables.Candidates(candidates, entities));
        return ExitCodes.Success;
    }
}
