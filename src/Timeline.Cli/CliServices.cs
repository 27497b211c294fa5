using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Hosting;

namespace Timeline.Cli;

/// <summary>
/// The same composition as the worker and the GraphQL host (appsettings.json beside the binary or in
/// the working directory, <c>Timeline__*</c> environment variables), with <c>--data-dir</c> on top.
/// The host is built for its configuration and services but never started: a command is not a service.
/// </summary>
public sealed class CliServices : IDisposable
{
    private readonly IHost _host;

    private CliServices(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public TimelineOptions Options => _host.Services.GetRequiredService<IOptions<TimelineOptions>>().Value;

    /// <summary>
    /// Builds the services and checks the options (a bad setting throws <see cref="OptionsValidationException"/>).
    /// With <paramref name="prepareStore"/>, also creates the data directory and applies migrations.
    /// </summary>
    public static async Task<CliServices> CreateAsync(CliContext context, ParseResult parseResult, bool prepareStore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddAppSettingsBesideExecutable();
        if (parseResult.GetValue(context.DataDirectory) is { } dataDirectory)
        {
            builder.Configuration.AddInMemoryCollection([new($"{TimelineOptions.SectionName}:{nameof(TimelineOptions.DataDirectory)}", dataDirectory.FullName)]);
        }
        // Results go to standard output; only warnings and errors are logged, to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTimeline(builder.Configuration);

        var services = new CliServices(builder.Build());
        try
        {
            _ = services.Options;
            if (prepareStore) await services.Services.GetRequiredService<TimelineInitializer>().InitializeAsync(cancellationToken);
            return services;
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    public void Dispose() => _host.Dispose();
}
