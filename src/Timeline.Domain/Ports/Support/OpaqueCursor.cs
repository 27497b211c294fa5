using System.Buffers.Text;
using System.Text;

namespace Timeline.Domain.Ports;

/// <summary>Opaque keyset cursors of two parts (sort key, id) for entity and article lists.</summary>
public static class OpaqueCursor
{
    private const char Separator = '\u001f';

    public static string EncodePair(string key, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("k1" + Separator + key + Separator + id));

    public static (string Key, string Id) DecodePair(string cursor, string argumentName)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            if (parts.Length == 3 && parts[0] == "k1" && parts[2].Length > 0) return (parts[1], parts[2]);
        }
        catch (FormatException)
        {
            // Reported below with the argument's name.
        }
        throw new FormatException($"{argumentName}: \"{cursor}\" is not a cursor of this list.");
    }
}
