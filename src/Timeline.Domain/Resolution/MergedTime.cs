using System.Globalization;
using Timeline.Domain.Time;

namespace Timeline.Domain.Resolution;

/// <summary>
/// The most precise time consistent with every report of an event: the intersection of their
/// ranges. When a report's own value covers exactly that intersection, it is used as written (the
/// finest such, ties by report id): "January 2020" and "3 January 2020" give "2020-01-03" at day
/// precision. Otherwise the intersection is written as a day or a day range, at the finest
/// precision among the reports (all of whose ranges contain it).
/// </summary>
public static class MergedTime
{
    /// <summary>The intersection of the reports' times, or null when they share no day.</summary>
    public static TimePoint? Of(IReadOnlyCollection<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return null;
        }

        var earliest = reports.Max(r => r.When.Earliest);
        var latest = reports.Min(r => r.When.Latest);
        if (earliest > latest)
        {
            return null;
        }

        var exact = reports
            .Where(r => r.When.Earliest == earliest && r.When.Latest == latest)
            .OrderBy(r => r.When.Precision)
            .ThenBy(r => r.ReportId, StringComparer.Ordinal)
            .FirstOrDefault();
        if (exact is not null)
        {
            return exact.When;
        }

        var value = earliest == latest
            ? Day(earliest)
            : Day(earliest) + "/" + Day(latest);
        var precision = earliest == latest ? DatePrecision.Day : reports.Min(r => r.When.Precision);
        return new TimePoint(value, precision, earliest, latest);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
