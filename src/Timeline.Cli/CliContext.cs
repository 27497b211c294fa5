using System.CommandLine;
using Spectre.Console;

namespace Timeline.Cli;

/// <summary>What every command shares: where it writes, and the options every command accepts.</summary>
/// <param name="Out">Results: tables, counts, progress.</param>
/// <param name="Error">Error messages.</param>
public sealed record CliContext(IAnsiConsole Out, TextWriter Error)
{
    /// <summary><c>--data-dir</c>: overrides <c>Timeline:DataDirectory</c> for this run.</summary>
    public Option<DirectoryInfo?> DataDirectory { get; } = new("--data-dir")
    {
        Description = "Folder holding the database and the inbox (overrides Timeline:DataDirectory).",
        Recursive = true,
    };
}
