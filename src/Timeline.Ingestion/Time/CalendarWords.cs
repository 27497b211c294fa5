namespace Timeline.Ingestion.Time;

/// <summary>The English words for months, weekdays, small counts and day ordinals that time expressions use.</summary>
internal static class CalendarWords
{
    /// <summary>Month names and their usual abbreviations, for regular expressions.</summary>
    public const string MonthPattern =
        "january|february|march|april|may|june|july|august|september|october|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /// <summary>Weekday names and abbreviations, for regular expressions.</summary>
    public const string WeekdayPattern =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";

    /// <summary>A day of the month, with an optional ordinal suffix (15, 15th, 1st).</summary>
    public const string DayPattern = "(?<day>[0-9]{1,2})(?:st|nd|rd|th)?";

    /// <summary>Counts written as words or digits: "a year later", "two weeks after", "3 days before".</summary>
    public const string CountPattern = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3}";

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    public static int Month(string word) => Months[word];

    public static DayOfWeek Weekday(string word) => Weekdays[word];

    public static int Count(string word) =>
        Counts.TryGetValue(word, out var count) ? count : int.Parse(word, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The unit a word names: "day", "days", "week", "month", "quarter", "year".</summary>
    public static Domain.Time.DatePrecision Unit(string word) => word.TrimEnd('s') switch
    {
        "day" => Domain.Time.DatePrecision.Day,
        "week" => Domain.Time.DatePrecision.Week,
        "month" => Domain.Time.DatePrecision.Month,
        "quarter" => Domain.Time.DatePrecision.Quarter,
        "year" => Domain.Time.DatePrecision.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, "Not a calendar unit."),
    };
}
