using Microsoft.Extensions.Hosting;
using Timeline.Hosting;
using Timeline.Worker;

var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddAppSettingsBesideExecutable();
builder.Services.AddTimeline(builder.Configuration);
builder.Services.AddTimelineWorker();

using var host = builder.Build();
// Ctrl+C and SIGTERM cancel the worker's token; a document in flight is either committed and moved, or left in the inbox.
await host.RunAsync();
