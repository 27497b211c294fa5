using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Cypher DURATION: months, days and seconds are kept apart because a month or a day has no fixed length.
/// Nanoseconds are normalised into 0..999,999,999 (like java.time) so equal durations compare equal.
/// </summary>
public readonly partial record struct Neo4jDuration
{
    private const long NanosPerSecond = 1_000_000_000;

    public Neo4jDuration(long months, long days, long seconds, long nanoseconds)
    {
        Months = months;
        Days = days;
        Seconds = checked(seconds + FloorDiv(nanoseconds, NanosPerSecond));
        Nanoseconds = (int)FloorMod(nanoseconds, NanosPerSecond);
    }

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    public int Nanoseconds { get; }

    /// <summary>A fixed-length span: its ticks go to seconds and nanoseconds, months and days stay zero.</summary>
    public static Neo4jDuration FromTimeSpan(TimeSpan span) =>
        new(0, 0, span.Ticks / TimeSpan.TicksPerSecond, span.Ticks % TimeSpan.TicksPerSecond * 100);

    /// <summary>Parses ISO 8601 text as Neo4j writes it: P[nY][nM][nW][nD][T[nH][nM][n[.f]S]], signs per component.</summary>
    public static Neo4jDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = IsoPattern().Match(text);
        if (!match.Success || text is "P" || text.EndsWith('T'))
        {
            throw new FormatException($"'{text}' is not an ISO 8601 duration such as P1Y2M3DT4H5M6.5S.");
        }

        long Part(string group) => match.Groups[group].Success
            ? long.Parse(match.Groups[group].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : 0;

        var months = checked(Part("y") * 12 + Part("mo"));
        var days = checked(Part("w") * 7 + Part("d"));
        var seconds = checked(Part("h") * 3600 + Part("mi") * 60 + Part("s"));
        long nanos = 0;
        if (match.Groups["f"].Success)
        {
            nanos = long.Parse(match.Groups["f"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture);
            if (match.Groups["s"].Value.StartsWith('-'))
            {
                nanos = -nanos;
            }
        }

        return new Neo4jDuration(months, days, seconds, nanos);
    }

    /// <summary>ISO 8601 text in the shape Neo4j returns, e.g. P1Y2M14DT16H12M0.5S; zero is PT0S.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("P");
        var years = Months / 12;
        var months = Months % 12;
        if (years != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{years}Y");
        }

        if (months != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{months}M");
        }

        if (Days != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Days}D");
        }

        // Seconds and nanoseconds share one sign in the text, so fold a negative span back towards zero.
        var negative = Seconds < 0;
        var wholeSeconds = Seconds;
        long nanos = Nanoseconds;
        if (negative && nanos > 0)
        {
            wholeSeconds += 1;
            nanos = NanosPerSecond - nanos;
        }

        var magnitude = Math.Abs(wholeSeconds);
        var hours = magnitude / 3600;
        var minutes = magnitude % 3600 / 60;
        var seconds = magnitude % 60;
        var sign = negative ? "-" : string.Empty;
        var time = new StringBuilder();
        if (hours != 0)
        {
            time.Append(CultureInfo.InvariantCulture, $"{sign}{hours}H");
        }

        if (minutes != 0)
        {
            time.Append(CultureInfo.InvariantCulture, $"{sign}{minutes}M");
        }

        if (seconds != 0 || nanos != 0)
        {
            time.Append(CultureInfo.InvariantCulture, $"{sign}{seconds}");
            if (nanos != 0)
            {
                time.Append('.').Append(nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            time.Append('S');
        }

        if (time.Length > 0)
        {
            text.Append('T').Append(time);
        }
        else if (text.Length == 1)
        {
            text.Append("T0S");
        }

        return text.ToString();
    }

    private static long FloorDiv(long value, long divisor) =>
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);

    private static long FloorMod(long value, long divisor) => value - FloorDiv(value, divisor) * divisor;

    [GeneratedRegex(
        @"^P(?:(?<y>[+-]?\d+)Y)?(?:(?<mo>[+-]?\d+)M)?(?:(?<w>[+-]?\d+)W)?(?:(?<d>[+-]?\d+)D)?" +
        @"(?:T(?:(?<h>[+-]?\d+)H)?(?:(?<mi>[+-]?\d+)M)?(?:(?<s>[+-]?\d+)(?:[.,](?<f>\d{1,9}))?S)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();
}
