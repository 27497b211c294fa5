using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline articles retract</c>: curation of the source articles.</summary>
public static class ArticlesCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("articles", "Curate source articles.");
        command.Subcommands.Add(ArticlesRetractCommand.Create(context));
        return command;
    }
}
