using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Timeline.Cli.Curation;
using Timeline.Domain.Ports;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline articles retract &lt;articleId&gt; [--as name] [--note text] [--json]</c>.</summary>
public static class ArticlesRetractCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CurationOptions();
        var article = new Argument<string>("articleId") { Description = "The article to retract." };
        var command = new Command("retract",
            "Retract an article: its claims disappear, and so does any event or entity no other article supports; nothing else changes.") { article };
        options.AddActionOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, options, parseResult.GetValue(article)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, CurationOptions options, string articleId, CancellationToken cancellationToken)
    {
        var curation = options.ContextOf(parseResult);
        using var services = await CliServices.CreateAsync(context, parseResult, prepareStore: true, cancellationToken);
        if (!await services.Services.GetRequiredService<IGraphStore>().RetractArticleAsync(articleId, curation, cancellationToken))
        {
            throw new UsageException($"No article '{articleId}' in the store: the id is unknown or the article is already retracted.");
        }
        if (parseResult.GetValue(options.Json)) await JsonOutput.WriteAsync(context, new { articleId, retracted = true });
        else context.Out.WriteLine($"Retracted article {articleId}.");
        return ExitCodes.Success;
    }
}
