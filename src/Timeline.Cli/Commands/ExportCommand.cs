using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Domain.Ports;
using Timeline.Export;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline export --format json|cypher [--output file]</c>: the whole graph of the configured store,
/// deterministically, to standard output or a file (written beside the target and moved over it, so a
/// failed export never leaves half a file under the name asked for).
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = new Option<string>("--format")
        {
            Description = "json: the store-neutral file that 'timeline import' reads; cypher: a script for cypher-shell into an empty Neo4j.",
            Required = true,
        };
        format.AcceptOnlyFromAmong(ExportFormats.All.ToArray());
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The file to write; standard output when omitted." };
        var command = new Command("export", "Write the whole graph (claims, curation decisions and the derived graph) as JSON or Cypher.") { format, output };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context, parseResult, parseResult.GetValue(format)!, parseResult.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, string format, FileInfo? output, CancellationToken cancellationToken)
    {
        if (output?.Directory is { Exists: false } folder)
            throw new UsageException($"--output: the folder {folder.FullName} does not exist.");
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var document = await GraphExportReader.ReadAsync(services.Services.GetRequiredService<IGraphStore>(), cancellationToken);
        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            ExportFormats.Write(format, document, stdout);
            return ExitCodes.Success;
        }
        var partial = output.FullName + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                ExportFormats.Write(format, document, file);
            }
            File.Move(partial, output.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        await context.Error.WriteLineAsync(
            $"Exported {document.Claims.Articles.Count} articles, {document.Claims.Decisions.Count} decisions, {document.Graph.Events.Count} events and {document.Graph.Entities.Count} entities to {output.FullName}.");
        return ExitCodes.Success;
    }
}
