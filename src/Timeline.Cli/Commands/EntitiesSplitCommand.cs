using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline entities split &lt;entityId&gt; &lt;mentionId&gt;... [--as name] [--note text] [--json]</c>.</summary>
public static class EntitiesSplitCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var entity = new Argument<string>("entityId") { Description = "The entity to split (a current or former id)." };
        var mentions = new Argument<string[]>("mentionIds")
        {
            Description = "The mentions (\"{articleId}#{key}\") that leave the entity and form their own.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("split", "Split an entity: the given mentions leave it and form their own entity.") { entity, mentions };
        options.AddActionOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context, parseResult, options, parseResult.GetValue(entity)!, parseResult.GetValue(mentions)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, CurationOptions options, string entityId, string[] mentionIds,
        CancellationToken cancellationToken)
    {
        var curation = options.ContextOf(parseResult);
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var ids = await services.Services.GetRequiredService<IGraphStore>().SplitEntityAsync(entityId, mentionIds, curation, cancellationToken);
        if (parseResult.GetValue(options.Json)) await JsonOutput.WriteAsync(context, new { entityId, mentionIds, entityIds = ids });
        else context.Out.WriteLine($"Split {entityId}: the other mentions are {ids[0]}, the given ones are {ids[1]}.");
        return ExitCodes.Success;
    }
}
