using System.CommandLine;
using Microsoft.Extensions.Options;
using Timeline.Cli.Commands;
using Timeline.Domain.Model;

namespace Timeline.Cli;

/// <summary>
/// The <c>timeline</c> command tree. Each command lives in its own file under Commands/ and is added
/// here, so export, import and the curation commands join as one line each.
/// </summary>
public static class TimelineCli
{
    public static RootCommand BuildRoot(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Timeline: ingest article facts into the event graph and look after its store.");
        root.Options.Add(context.DataDirectory);
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(MergesCommand.Create(context));
        root.Subcommands.Add(EntitiesCommand.Create(context));
        root.Subcommands.Add(ArticlesCommand.Create(context));
        root.Subcommands.Add(CurationCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>, mapping every kind of failure to its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var parseResult = BuildRoot(context).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors) await context.Error.WriteLineAsync(error.Message);
            await context.Error.WriteLineAsync("Run 'timeline --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = context.Out.Profile.Out.Writer, Error = context.Error }, cancellationToken);
        }
        catch (UsageException error)
        {
            await context.Error.WriteLineAsync(error.Message);
            return ExitCodes.Usage;
        }
        catch (CurationException error)
        {
            // An unknown candidate, entity or mention: the command asked for something the graph does not hold.
            await context.Error.WriteLineAsync(error.Message);
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException error)
        {
            await context.Error.WriteLineAsync($"Configuration error: {string.Join(" ", error.Failures)}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await context.Error.WriteLineAsync($"timeline: {error.Message}");
            return ExitCodes.Failure;
        }
    }
}
