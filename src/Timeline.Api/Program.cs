using Timeline.Hosting;
using Timeline.Worker;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAppSettingsBesideExecutable();
builder.Services.AddTimeline(builder.Configuration);
builder.Services.AddTimelineWorker();

var app = builder.Build();
await app.RunAsync();

/// <summary>The host's entry point, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
