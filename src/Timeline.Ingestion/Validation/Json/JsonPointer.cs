namespace Timeline.Ingestion.Validation.Json;

/// <summary>Builds RFC 6901 JSON Pointers: "" is the whole document, each step is "/" + the escaped token.</summary>
public static class JsonPointer
{
    public const string Root = "";

    /// <summary>Escapes one reference token: "~" becomes "~0" and "/" becomes "~1", in that order.</summary>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    public static string Append(string parent, string propertyName) => parent + "/" + Escape(propertyName);

    public static string Append(string parent, int index) =>
        parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
