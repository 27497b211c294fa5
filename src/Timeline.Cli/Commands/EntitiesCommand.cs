using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline entities split</c>: curation of canonical entities.</summary>
public static class EntitiesCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("entities", "Curate canonical entities.");
        command.Subcommands.Add(EntitiesSplitCommand.Create(context));
        return command;
    }
}
