using Spectre.Console;
using Timeline.Cli;

var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
if (Console.IsOutputRedirected)
{
    // Piped output is read by scripts and tests: keep table rows on one line each.
    output.Profile.Width = 200;
}

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the batch between documents; the store's transaction is never cut in half.
    e.Cancel = true;
    interrupt.Cancel();
};
return await TimelineCli.RunAsync(args, new CliContext(output, Console.Error), interrupt.Token);
