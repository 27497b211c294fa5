using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Timeline.Hosting;

namespace Timeline.Worker.Tests;

/// <summary>The worker's composition in-process (as the GraphQL host will run it), on settings given by the test.</summary>
public static class WorkerHost
{
    public static IHost Build(string dataDirectory, bool loadSamples, string store = "sqlite")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Timeline:DataDirectory"] = dataDirectory,
            ["Timeline:Store"] = store,
            ["Timeline:Ingestion:PollInterval"] = "00:00:00.100",
            ["Timeline:Ingestion:LoadSamplesOnFirstStart"] = loadSamples ? "true" : "false",
        });
        builder.Services.AddTimeline(builder.Configuration);
        builder.Services.AddTimelineWorker();
        return builder.Build();
    }
}
