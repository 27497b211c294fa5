using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Timeline.Cli.Ingest;
using Timeline.Hosting;
using Timeline.Hosting.Inbox;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline ingest &lt;files or folders...&gt;</c> ingests documents once, in place;
/// <c>timeline ingest --retry-failed</c> sends the worker's failed documents back to its inbox.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article-facts documents, or folders whose *.json files are ingested in name order.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var retryFailed = new Option<bool>("--retry-failed")
        {
            Description = "Move every document in failed/ back to the inbox (dropping its .error.json) for the worker to take again.",
        };
        var command = new Command("ingest", "Ingest article-facts documents once and print a summary.") { paths, retryFailed };
        command.Validators.Add(result =>
        {
            var given = result.GetValue(paths) ?? [];
            var retry = result.GetValue(retryFailed);
            if (retry && given.Length > 0) result.AddError("--retry-failed takes no files or folders.");
            else if (!retry && given.Length == 0) result.AddError("Name at least one file or folder to ingest, or use --retry-failed.");
        });
        command.SetAction((parseResult, cancellationToken) => parseResult.GetValue(retryFailed)
            ? RetryFailedAsync(context, parseResult, cancellationToken)
            : IngestAsync(context, parseResult, parseResult.GetValue(paths) ?? [], cancellationToken));
        return command;
    }

    private static async Task<int> IngestAsync(CliContext context, ParseResult parseResult, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var files = DocumentSelection.Expand(arguments);
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        if (files.Count == 0)
        {
            context.Out.MarkupLine("[yellow]No *.json documents found.[/]");
            return ExitCodes.Success;
        }
        var ingestor = new BatchIngestor(services.Services.GetRequiredService<IngestionPipeline>(), services.Options.Ingestion.MaxDocumentBytes);
        var summary = await ingestor.IngestAsync(files, context.Out, cancellationToken);
        IngestSummaryView.Render(context.Out, summary, Directory.GetCurrentDirectory());
        return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.Rejected;
    }

    private static async Task<int> RetryFailedAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: false, cancellationToken);
        var paths = services.Services.GetRequiredService<InboxPaths>();
        var moved = FailedDocuments.RetryAll(paths, cancellationToken);
        context.Out.WriteLine($"Moved {moved} document{(moved == 1 ? "" : "s")} from {paths.Failed} back to {paths.Inbox}.");
        return ExitCodes.Success;
    }
}
