using System.Globalization;
using System.Text;

namespace Timeline.Domain.Ports;

/// <summary>
/// The sort form of a name: lower case, diacritics removed, punctuation folded to single spaces,
/// so "Qasem Soleimani" and "qasem  SOLEIMANI" sort together; also the words of text search, in every store.
/// </summary>
public static class NameNormaliser
{
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && text.Length > 0) text.Append(' ');
                space = false;
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return text.ToString();
    }
}
