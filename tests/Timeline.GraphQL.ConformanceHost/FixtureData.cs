using System.Text.Json;

namespace Timeline.GraphQL.ConformanceHost;

/// <summary>
/// <c>data.json</c> read into plain CLR values: records are string-keyed dictionaries (so the default field resolver and the
/// default type resolver's <c>__typename</c> lookup read them directly), lists are lists, whole numbers are ints.
/// </summary>
internal sealed class FixtureData
{
    private FixtureData(Dictionary<string, Dictionary<string, object?>> objects, Dictionary<string, object?> roots)
    {
        Objects = objects;
        Roots = roots;
    }

    /// <summary>Every record by id.</summary>
    public Dictionary<string, Dictionary<string, object?>> Objects { get; }

    /// <summary>Root field name to an id or a list of ids.</summary>
    public Dictionary<string, object?> Roots { get; }

    public static FixtureData Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var objects = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("objects").EnumerateObject())
        {
            objects[entry.Name] = (Dictionary<string, object?>)ToClr(entry.Value)!;
        }

        var roots = (Dictionary<string, object?>)ToClr(root.GetProperty("roots"))!;
        return new FixtureData(objects, roots);
    }

    public Dictionary<string, object?>? Find(string id) => Objects.GetValueOrDefault(id);

    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
