using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Timeline.Ingestion.Time;

/// <summary>Reads an article's publication date, which must be a full ISO day (yyyy-MM-dd): relative expressions are resolved against it.</summary>
public static class PublicationDate
{
    public static bool TryParse(string? text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = null;
            return true;
        }
        error = string.IsNullOrWhiteSpace(text)
            ? "the publication date is missing; expected yyyy-MM-dd"
            : $"the publication date '{text}' is not a valid yyyy-MM-dd date";
        return false;
    }
}
