using System.Globalization;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// ISO 8601 text of Cypher temporal values, read and written without culture or the lenient .NET parsers.
/// Neo4j keeps nanoseconds; .NET keeps 100 ns ticks, so digits past the seventh are dropped on reading.
/// Neo4j (like java.time) omits zero seconds ("12:00"), which is accepted.
/// </summary>
internal static class Neo4jTemporalText
{
    public static DateOnly ParseDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException(
                $"'{text}' is not a date of the form yyyy-MM-dd within the years 1 to 9999 that .NET can represent.");
        }

        return date;
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly ParseTime(string text)
    {
        static int TwoDigits(string s, int at) =>
            at + 2 <= s.Length && char.IsAsciiDigit(s[at]) && char.IsAsciiDigit(s[at + 1])
                ? (s[at] - '0') * 10 + (s[at + 1] - '0')
                : -1;

        var hour = TwoDigits(text, 0);
        var minute = text.Length >= 5 && text[2] == ':' ? TwoDigits(text, 3) : -1;
        var second = 0;
        long ticks = 0;
        var valid = hour is >= 0 and < 24 && minute is >= 0 and < 60;
        if (valid && text.Length > 5)
        {
            second = text[5] == ':' ? TwoDigits(text, 6) : -1;
            valid = second is >= 0 and < 60 && (text.Length == 8 || (text.Length > 9 && text[8] == '.'));
            if (valid && text.Length > 8)
            {
                var fraction = text[9..];
                valid = fraction.Length <= 9 && fraction.All(char.IsAsciiDigit);
                if (valid)
                {
                    ticks = long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
                }
            }
        }

        if (!valid)
        {
            throw new FormatException($"'{text}' is not a time of day of the form HH:mm[:ss[.fffffffff]].");
        }

        return new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(ticks));
    }

    public static string FormatTime(TimeOnly time)
    {
        var text = time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = time.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0
            ? text
            : text + "." + fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    public static TimeSpan ParseOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var parts = text.Length > 1 && text[0] is '+' or '-' ? text[1..].Split(':') : [];
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length != 2 || !p.All(char.IsAsciiDigit)))
        {
            throw new FormatException($"'{text}' is not a UTC offset such as Z, +01:00 or -05:30.");
        }

        if (parts.Length == 3 && parts[2] != "00")
        {
            throw new FormatException($"Offset '{text}' has seconds, which .NET offsets cannot hold.");
        }

        var offset = new TimeSpan(
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0,
            0);
        return text[0] == '-' ? -offset : offset;
    }

    public static string FormatOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "Z";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude.Hours:D2}:{magnitude.Minutes:D2}");
    }

    public static Neo4jOffsetTime ParseOffsetTime(string text)
    {
        var split = OffsetStart(text, 0);
        if (split < 0)
        {
            throw new FormatException($"'{text}' is a time without the UTC offset a zoned time needs.");
        }

        return new Neo4jOffsetTime(ParseTime(text[..split]), ParseOffset(text[split..]));
    }

    public static DateTime ParseLocalDateTime(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            throw new FormatException($"'{text}' is not a date-time of the form yyyy-MM-ddTHH:mm[:ss[.f]].");
        }

        return ParseDate(text[..t]).ToDateTime(ParseTime(text[(t + 1)..]), DateTimeKind.Unspecified);
    }

    public static string FormatLocalDateTime(DateTime value) =>
        FormatDate(DateOnly.FromDateTime(value)) + "T" + FormatTime(TimeOnly.FromDateTime(value));

    /// <summary>Reads an offset date-time; a trailing [Zone/Id] makes it a zoned one.</summary>
    public static object ParseOffsetOrZonedDateTime(string text)
    {
        string? zone = null;
        var body = text;
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            if (!text.EndsWith(']') || bracket + 2 > text.Length - 1)
            {
                throw new FormatException($"'{text}' has an unterminated or empty [zone] suffix.");
            }

            zone = text[(bracket + 1)..^1];
            body = text[..bracket];
        }

        var t = body.IndexOf('T', StringComparison.Ordinal);
        var split = t < 0 ? -1 : OffsetStart(body, t + 1);
        if (split < 0)
        {
            throw new FormatException($"'{text}' is not a date-time with a UTC offset such as 2015-11-21T21:40:32.142+01:00.");
        }

        var local = ParseLocalDateTime(body[..split]);
        var value = new DateTimeOffset(local, ParseOffset(body[split..]));
        return zone is null ? value : new Neo4jZonedDateTime(value, zone);
    }

    public static string FormatDateTimeOffset(DateTimeOffset value) =>
        FormatLocalDateTime(value.DateTime) + FormatOffset(value.Offset);

    private static int OffsetStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is 'Z' or 'z' or '+' or '-')
            {
                return i;
            }
        }

        return -1;
    }
}
