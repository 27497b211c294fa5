using System.CommandLine;
using Timeline.Domain.Model;

namespace Timeline.Cli.Curation;

/// <summary>The options every curation command shares: who acts, why, and whether to answer in JSON.</summary>
public sealed class CurationOptions
{
    /// <summary><c>--as</c>: the curator's name for the log; the operating system user by default.</summary>
    public Option<string> Actor { get; } = new("--as")
    {
        Description = "Who performs the action, as the curation log records it (default: the operating system user).",
        DefaultValueFactory = _ => Environment.UserName,
    };

    /// <summary><c>--note</c>: why, kept in the log and with the decision.</summary>
    public Option<string?> Note { get; } = new("--note") { Description = "Why, as the curation log records it." };

    /// <summary><c>--json</c>: machine-readable output instead of a table.</summary>
    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of a table." };

    /// <summary>The context of an action from the parsed options; an empty name is a usage error.</summary>
    public CurationContext ContextOf(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var actor = parseResult.GetValue(Actor);
        if (string.IsNullOrWhiteSpace(actor)) throw new UsageException("--as: the curator's name must not be empty.");
        var note = parseResult.GetValue(Note);
        return new CurationContext(actor.Trim(), string.IsNullOrWhiteSpace(note) ? null : note);
    }

    /// <summary>Adds --as, --note and --json to an action command.</summary>
    public void AddActionOptionsTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Actor);
        command.Options.Add(Note);
        command.Options.Add(Json);
    }
}
