namespace Timeline.Export.Json;

/// <summary>A value of the document being read and its JSON Pointer, so every error can say where.</summary>
internal readonly record struct JsonNode(System.Text.Json.JsonElement Element, string Pointer)
{
    /// <summary>The pointer to a member: '~' and '/' in the name are escaped as RFC 6901 asks.</summary>
    public JsonNode Member(string name, System.Text.Json.JsonElement value) =>
        new(value, Pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    public JsonNode Item(int index, System.Text.Json.JsonElement value) =>
        new(value, Pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
