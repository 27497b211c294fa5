using System.Security.Cryptography;
using System.Text;

namespace Timeline.Domain.Resolution;

/// <summary>Slugs and short hashes from which stable ids are built; both depend on their input text alone.</summary>
internal static class StableText
{
    private const int MaxSlugLength = 60;

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; long slugs are cut and suffixed with a hash of the whole.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in NameKey.Fold(text))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var collapsed = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length == 0)
        {
            return ShortHash(text);
        }

        return collapsed.Length <= MaxSlugLength
            ? collapsed
            : collapsed[..MaxSlugLength].TrimEnd('-') + "-" + ShortHash(text);
    }

    /// <summary>First 12 hex digits of the SHA-256 of the UTF-8 text.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
