using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Domain.Ports;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// The real host in memory on its own temporary data directory, deleted on disposal. Samples are off unless asked
/// for, so a test sees only what it ingests; <see cref="ApiKey"/> is configured unless the test wants the key file.
/// </summary>
public sealed class TimelineApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The key configured in Timeline:ApiKeys for tests that do not exercise the key file.</summary>
    public const string ApiKey = "test-key-0123456789abcdef";

    private readonly bool _configureKey;
    private readonly bool _loadSamples;
    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyDictionary<string, string>? _settings;

    public TimelineApiFactory(
        bool configureKey = true,
        bool loadSamples = false,
        string? dataDirectory = null,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _configureKey = configureKey;
        _loadSamples = loadSamples;
        _services = services;
        _settings = settings;
        OwnsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("timeline-api-tests-").FullName;
    }

    public string DataDirectory { get; }

    private bool OwnsDataDirectory { get; }

    /// <summary>The store's whole content as text, to prove that a refused request changed nothing.</summary>
    public async Task<string> ExportStoreAsync(CancellationToken cancellationToken)
    {
        var export = await Services.GetRequiredService<IGraphStore>().ExportAsync(cancellationToken);
        return export.ToText();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Timeline:DataDirectory", DataDirectory);
        builder.UseSetting("Timeline:Ingestion:LoadSamplesOnFirstStart", _loadSamples ? "true" : "false");
        if (_configureKey) builder.UseSetting("Timeline:ApiKeys:0", ApiKey);
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureServices(_services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnsDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task: the temp folder is cleaned by the system.
            }
        }
    }
}
