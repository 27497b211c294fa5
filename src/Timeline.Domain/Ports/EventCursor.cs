using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Timeline.Domain.Ports;

/// <summary>
/// The position of an event in time order: (earliest, latest, id). Encoded as an opaque base64url
/// string so that callers page without depending on the order's make-up.
/// </summary>
public sealed record EventCursor(DateOnly Earliest, DateOnly Latest, string Id)
{
    private const string Prefix = "ev1";

    /// <summary>The opaque form handed to callers.</summary>
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{Earliest:yyyy-MM-dd}|{Latest:yyyy-MM-dd}|{Id}")));

    /// <summary>Reads a cursor; throws <see cref="FormatException"/> naming the argument when it is not one of ours.</summary>
    public static EventCursor Decode(string cursor, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw new FormatException($"{argumentName}: \"{cursor}\" is not a timeline cursor (not base64url).");
        }
        var parts = text.Split('|', 4);
        if (parts.Length != 4 || parts[0] != Prefix
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var earliest)
            || !DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var latest)
            || parts[3].Length == 0)
        {
            throw new FormatException($"{argumentName}: \"{cursor}\" is not a timeline cursor.");
        }
        return new EventCursor(earliest, latest, parts[3]);
    }
}
