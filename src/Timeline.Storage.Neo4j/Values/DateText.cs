using System.Globalization;

namespace Timeline.Storage.Neo4j.Values;

/// <summary>Dates as yyyy-MM-dd text, for cursors and the export.</summary>
internal static class DateText
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
