using System.Text.RegularExpressions;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Reads a sameAs hint, which a document may give as an external id ("wikidata:Q1163085"), a web
/// address ("https://www.wikidata.org/wiki/Q1163085", "https://en.wikipedia.org/wiki/Qasem_Soleimani")
/// or another name of the entity ("Islamic State").
/// </summary>
internal static partial class SameAsReference
{
    [GeneratedRegex(@"^https?://(?:www\.|m\.)?wikidata\.org/(?:wiki|entity)/(Q\d+)/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WikidataUrl();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_\-]*):(\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeAndValue();

    public static bool IsUrl(string sameAs) =>
        sameAs.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || sameAs.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static bool IsName(string sameAs) =>
        !string.IsNullOrWhiteSpace(sameAs) && !IsUrl(sameAs) && !TryParseId(sameAs, out _, out _);

    /// <summary>A Wikidata address or a "scheme:value" reference without spaces.</summary>
    public static bool TryParseId(string sameAs, out string scheme, out string value)
    {
        var trimmed = sameAs.Trim();
        var wikidata = WikidataUrl().Match(trimmed);
        if (wikidata.Success)
        {
            (scheme, value) = ("wikidata", wikidata.Groups[1].Value);
            return true;
        }

        var reference = SchemeAndValue().Match(trimmed);
        if (!IsUrl(trimmed) && reference.Success)
        {
            (scheme, value) = (reference.Groups[1].Value, reference.Groups[2].Value);
            return true;
        }

        (scheme, value) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary>
    /// Scheme, "www." and a trailing slash dropped and the host lower-cased, so one address written
    /// two ways meets itself; null when the text is not an absolute address.
    /// </summary>
    public static string? NormaliseUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return host + uri.PathAndQuery.TrimEnd('/');
    }
}
