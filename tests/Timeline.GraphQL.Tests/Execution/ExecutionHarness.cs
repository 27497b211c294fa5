using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Execution;

/// <summary>Builds executors from SDL and checks answers: data compared as JSON text with key order, errors by message, path and location.</summary>
internal static class ExecutionHarness
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GraphQLExecutor Executor(string sdl, Action<SdlBuildOptions>? configure = null, GraphQLExecutorOptions? options = null)
    {
        var build = new SdlBuildOptions();
        configure?.Invoke(build);
        return new GraphQLExecutor(SdlSchemaBuilder.Build(sdl, build), options);
    }

    public static Dictionary<string, FieldResolver> Resolvers(SdlBuildOptions options, string typeName)
    {
        if (!options.Resolvers.TryGetValue(typeName, out var resolvers))
        {
            resolvers = new Dictionary<string, FieldResolver>(StringComparer.Ordinal);
            options.Resolvers[typeName] = resolvers;
        }

        return resolvers;
    }

    public static async Task<ExecutionResult> RunAsync(
        this GraphQLExecutor executor,
        string query,
        string? variables = null,
        string? operationName = null,
        CancellationToken cancellationToken = default) =>
        await executor.ExecuteAsync(GraphQLRequest.Create(query, variables, operationName), null, cancellationToken);

    /// <summary>The data as compact JSON, e.g. <c>{"a":1}</c>.</summary>
    public static string DataText(this ExecutionResult result)
    {
        Assert.True(result.HasData, "Expected data, got a request error: " + result.ToJson());
        return Normalize(Encoding.UTF8.GetString(result.DataJson.Span));
    }

    /// <summary>Asserts the data equals <paramref name="expectedJson"/> (any JSON spelling), key order included.</summary>
    public static void AssertData(this ExecutionResult result, string expectedJson) =>
        Assert.Equal(Normalize(expectedJson), result.DataText());

    public static void AssertNoErrors(this ExecutionResult result) =>
        Assert.True(result.Errors.Count == 0, "Unexpected errors: " + result.ToJson());

    /// <summary>Asserts the result is a request error (no data) and returns its messages.</summary>
    public static IReadOnlyList<string> AssertRequestError(this ExecutionResult result)
    {
        Assert.False(result.HasData, "Expected a request error, got data: " + result.ToJson());
        Assert.NotEmpty(result.Errors);
        return result.Errors.Select(e => e.Message).ToList();
    }

    /// <summary>The error's path joined by dots, e.g. <c>a.0.b</c>.</summary>
    public static string PathText(this GraphQLError error) =>
        error.Path is null ? string.Empty : string.Join(".", error.Path.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));

    public static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
