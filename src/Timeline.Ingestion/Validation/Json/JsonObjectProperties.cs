using System.Text.Json;

namespace Timeline.Ingestion.Validation.Json;

/// <summary>
/// An object's properties as JavaScript's JSON.parse sees them: a repeated name keeps its first
/// position and its last value. The structural layer evaluates this view so that it decides exactly
/// as ajv does; the semantic layer refuses the repetition itself.
/// </summary>
internal static class JsonObjectProperties
{
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> LastWins(JsonElement element)
    {
        var properties = new List<KeyValuePair<string, JsonElement>>();
        Dictionary<string, int>? positions = null;
        foreach (var property in element.EnumerateObject())
        {
            positions ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (positions.TryGetValue(property.Name, out var position))
            {
                properties[position] = new(property.Name, property.Value);
            }
            else
            {
                positions[property.Name] = properties.Count;
                properties.Add(new(property.Name, property.Value));
            }
        }

        return properties;
    }
}
