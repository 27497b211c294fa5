using System.Text.Json;
using Timeline.Neo4j.QueryApi;

namespace Timeline.Storage.Neo4j.Tests;

/// <summary>Scripted result rows and the parameters the store sent, in a few words.</summary>
internal static class Rows
{
    public static Dictionary<string, object?> Row(params (string Field, object? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);

    /// <summary>A typed parameter decoded to its CLR value (a Date becomes a DateOnly, a List a list).</summary>
    public static object? Parameter(JsonElement parameters, string name) =>
        parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty(name, out var value) ? Neo4jTypedJson.Read(value) : null;

    public static List<string> Ids(JsonElement parameters, string name = "ids") =>
        Parameter(parameters, name) is IEnumerable<object?> items ? items.OfType<string>().ToList() : [];
}
