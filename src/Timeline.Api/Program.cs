using Timeline.Api.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineApi();

var app = builder.Build();
app.UseTimelineApi();
await app.RunAsync();

/// <summary>The host's entry point, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
