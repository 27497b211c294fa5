using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// The two string formats the schema uses, checked exactly as ajv-formats checks them in its default
/// ("full") mode, so that the C# validator and ajv agree on every string.
/// </summary>
internal static partial class StringFormats
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { "date", "uri" };

    private static readonly int[] DaysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static bool IsValid(string format, string value) => format switch
    {
        "date" => IsDate(value),
        "uri" => IsUri(value),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    /// <summary>Human words for a format, for error messages.</summary>
    public static string Describe(string format) => format switch
    {
        "date" => "a calendar date written yyyy-MM-dd",
        "uri" => "an absolute URI (RFC 3986)",
        _ => $"of format \"{format}\"",
    };

    /// <summary>RFC 3339 full-date: the shape, then a day that exists in that month (leap years included).</summary>
    public static bool IsDate(string value)
    {
        var match = DateShape().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return day <= (month == 2 && leap ? 29 : DaysInMonth[month]);
    }

    /// <summary>An absolute URI: contains "/" or ":" and matches ajv-formats' RFC 3986 expression.</summary>
    public static bool IsUri(string value) =>
        (value.Contains('/', StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal)) && Uri().IsMatch(value);

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    // ajv-formats' URI expression (after jmrware's RFC 3986 grammar), carried over to .NET: its /i flag
    // is spelled out as A-Z ranges (so that no Unicode case folding creeps in) and \d as [0-9].
    [GeneratedRegex(@"^(?:[a-zA-Z][a-zA-Z0-9+\-.]*:)(?:\/?\/(?:(?:[a-zA-Z0-9\-._~!$&'()*+,;=:]|%[0-9a-fA-F]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-fA-F]{1,4}:){6}|::(?:[0-9a-fA-F]{1,4}:){5}|(?:[0-9a-fA-F]{1,4})?::(?:[0-9a-fA-F]{1,4}:){4}|(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4})?::(?:[0-9a-fA-F]{1,4}:){3}|(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4})?::(?:[0-9a-fA-F]{1,4}:){2}|(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4})?::[0-9a-fA-F]{1,4}:|(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4})?::)(?:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}|(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))|(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4})?::[0-9a-fA-F]{1,4}|(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4})?::)|[Vv][0-9a-fA-F]+\.[a-zA-Z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)|(?:[a-zA-Z0-9\-._~!$&'()*+,;=]|%[0-9a-fA-F]{2})*)(?::[0-9]*)?(?:\/(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*)*|\/(?:(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+(?:\/(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*)*)?|(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+(?:\/(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*)*)(?:\?(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-fA-F]{2})*)?(?:#(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-fA-F]{2})*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Uri();
}
