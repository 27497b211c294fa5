using System.Globalization;
using Timeline.GraphQL.AspNetCore;
using Timeline.GraphQL.ConformanceHost;
using Timeline.GraphQL.Execution;

// Hosts the GraphQL conformance fixture over HTTP for run.mjs, or with --bench measures the executor in process.
var schemaPath = FixturePaths.FindSchema(args);
var fixture = FixtureSchema.Load(schemaPath);
var executor = new GraphQLExecutor(fixture.Schema, fixture.ExecutorOptions());

if (args.Contains("--bench"))
{
    var seconds = FixturePaths.Option(args, "--seconds") is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : 3;
    await InProcessBenchmark.RunAsync(executor, seconds, FixturePaths.Option(args, "--op"));
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGraphQL("/graphql", executor);
Console.WriteLine($"Conformance fixture {schemaPath} served at /graphql");
await app.RunAsync();
