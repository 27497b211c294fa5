using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline curation log</c>: the record of curation actions.</summary>
public static class CurationCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("curation", "The record of curation actions.");
        command.Subcommands.Add(CurationLogCommand.Create(context));
        return command;
    }
}
