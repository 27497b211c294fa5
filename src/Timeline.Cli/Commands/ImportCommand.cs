using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Timeline.Domain.Ports;
using Timeline.Export;
using Timeline.Export.Json;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline import &lt;file&gt;</c>: reads a JSON export, checks all of it, and only then opens the
/// configured store (SQLite or Neo4j) and ingests its articles and decisions. A refused file leaves the
/// store, and the data folder, untouched.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var file = new Argument<FileInfo>("file") { Description = "A file written by 'timeline export --format json'." };
        var command = new Command("import", "Load a JSON export into the configured store (articles are ingested, decisions recorded).") { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, parseResult.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists) throw new UsageException($"{file.FullName} does not exist.");
        StoredClaims claims;
        try
        {
            claims = ExportJsonReader.Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken));
        }
        catch (ImportValidationException error)
        {
            await context.Error.WriteLineAsync($"{file.FullName}: {error.Message}");
            return ExitCodes.Rejected;
        }

        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        var summary = await StoreImporter.ImportAsync(services.Services.GetRequiredService<IGraphStore>(), claims, progress: null, cancellationToken);
        context.Out.WriteLine(
            $"Imported {file.Name} into the {services.Options.Store} store: {summary.Created} articles created, {summary.Updated} updated, " +
            $"{summary.Unchanged} unchanged; {summary.Decisions} decisions recorded.");
        return ExitCodes.Success;
    }
}
