using Timeline.GraphQL.AspNetCore;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Tests.Http;

/// <summary>A small schema whose resolvers show what the HTTP layer hands them: arguments, the HTTP context, services, cancellation.</summary>
internal static class HttpTestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          fail: String
          apiKey: String
          greeting: String
          wait: String
        }

        type Mutation {
          bump: Int
        }
        """;

    public static Schema Create(WaitProbe? probe = null)
    {
        var options = new SdlBuildOptions();
        options.Resolvers["Query"] = new Dictionary<string, FieldResolver>(StringComparer.Ordinal)
        {
            ["hello"] = c => new("hello " + c.GetArgument<string>("name")),
            ["fail"] = _ => throw new InvalidOperationException("fail on purpose"),
            ["apiKey"] = c => new(c.GetHttpContext()?.Items["apiKey"] as string),
            ["greeting"] = c => new(((IGreeter?)c.Services?.GetService(typeof(IGreeter)))?.Greet()),
            ["wait"] = c => new(WaitAsync(c, probe ?? new WaitProbe())),
        };
        options.Resolvers["Mutation"] = new Dictionary<string, FieldResolver>(StringComparer.Ordinal)
        {
            ["bump"] = _ => new(1),
        };
        return SdlSchemaBuilder.Build(Sdl, options);
    }

    private static async Task<object?> WaitAsync(IResolveFieldContext context, WaitProbe probe)
    {
        probe.Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }
        catch (OperationCanceledException)
        {
            probe.Cancelled.TrySetResult();
            throw;
        }
    }
}
