using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline merges list|candidates|confirm|undo</c>: the entity merges of the graph and their curation.</summary>
public static class MergesCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("merges", "List merges and merge candidates with their evidence; confirm a candidate or undo a merge.");
        command.Subcommands.Add(MergesListCommand.Create(context));
        command.Subcommands.Add(MergesCandidatesCommand.Create(context));
        command.Subcommands.Add(MergesConfirmCommand.Create(context));
        command.Subcommands.Add(MergesUndoCommand.Create(context));
        return command;
    }
}
