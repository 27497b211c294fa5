using System.Globalization;
using Timeline.Domain.Time;

namespace Timeline.Storage.Sqlite.Columns;

/// <summary>Dates stored as yyyy-MM-dd text, which sorts in time order, and time points as their parts.</summary>
internal static class DateColumns
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Precision(DatePrecision precision) => precision.ToString();

    public static DatePrecision ParsePrecision(string text) => Enum.Parse<DatePrecision>(text, ignoreCase: false);

    public static TimePoint Read(string value, string precision, string earliest, string latest, string? text) =>
        new(value, ParsePrecision(precision), Parse(earliest), Parse(latest), text);
}
