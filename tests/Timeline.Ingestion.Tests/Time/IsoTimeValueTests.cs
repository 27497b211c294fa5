using Timeline.Domain.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

public sealed class IsoTimeValueTests
{
    [Theory]
    [InlineData("2020", "2020", DatePrecision.Year, "2020-01-01", "2020-12-31")]
    [InlineData("2020-Q1", "2020-Q1", DatePrecision.Quarter, "2020-01-01", "2020-03-31")]
    [InlineData("2020-Q4", "2020-Q4", DatePrecision.Quarter, "2020-10-01", "2020-12-31")]
    [InlineData("2020-01", "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31")]
    [InlineData("2020-02", "2020-02", DatePrecision.Month, "2020-02-01", "2020-02-29")]
    [InlineData("2021-W13", "2021-W13", DatePrecision.Week, "2021-03-29", "2021-04-04")]
    [InlineData("2021-w13", "2021-W13", DatePrecision.Week, "2021-03-29", "2021-04-04")]
    [InlineData("2021-W01", "2021-W01", DatePrecision.Week, "2021-01-04", "2021-01-10")]
    [InlineData("2020-W53", "2020-W53", DatePrecision.Week, "2020-12-28", "2021-01-03")]
    [InlineData("2019-W01", "2019-W01", DatePrecision.Week, "2018-12-31", "2019-01-06")]
    [InlineData("2021-04-07", "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    [InlineData("2024-02-29", "2024-02-29", DatePrecision.Day, "2024-02-29", "2024-02-29")]
    [InlineData("2020-06/2021-04", "2020-06/2021-04", DatePrecision.Month, "2020-06-01", "2021-04-30")]
    [InlineData("2020/2021-04-07", "2020/2021-04-07", DatePrecision.Year, "2020-01-01", "2021-04-07")]
    [InlineData("2021-W13/2021-04-10", "2021-W13/2021-04-10", DatePrecision.Week, "2021-03-29", "2021-04-10")]
    [InlineData(" 2021-04 ", "2021-04", DatePrecision.Month, "2021-04-01", "2021-04-30")]
    public void Valid_values_get_their_precision_and_inclusive_bounds(
        string value, string canonical, DatePrecision precision, string earliest, string latest)
    {
        ExpectedTime.Matches(IsoTimeValue.Parse(value), canonical, precision, earliest, latest);
    }

    [Theory]
    [InlineData("2021-02-30", "'2021-02-30': February 2021 has 28 days, so day 30 does not exist")]
    [InlineData("2023-02-29", "February 2023 has 28 days")]
    [InlineData("2021-04-31", "April 2021 has 30 days")]
    [InlineData("2021-04-00", "day 00 does not exist")]
    [InlineData("2021-W54", "'2021-W54': ISO week-year 2021 has 52 weeks, so week 54 does not exist")]
    [InlineData("2021-W53", "ISO week-year 2021 has 52 weeks")]
    [InlineData("2021-W00", "week 00 does not exist")]
    [InlineData("2021-Q5", "'2021-Q5': quarter 5 does not exist (quarters are Q1 to Q4)")]
    [InlineData("2021-Q0", "quarter 0 does not exist")]
    [InlineData("2021-13", "'2021-13': month 13 does not exist (months are 01 to 12)")]
    [InlineData("2021-00", "month 00 does not exist")]
    [InlineData("0000", "year 0000 is outside the supported years")]
    [InlineData("2021-04/2020-06", "range '2021-04/2020-06' ends (2020-06-30) before it starts (2021-04-01)")]
    [InlineData("2020-06/2021-13", "the end of range '2020-06/2021-13' is invalid: '2021-13': month 13 does not exist")]
    [InlineData("2020-02-30/2021", "the start of range '2020-02-30/2021' is invalid")]
    [InlineData("2020/2021/2022", "has more than one '/'")]
    [InlineData("2021-4-7", "'2021-4-7' is not an ISO 8601 value")]
    [InlineData("April 2021", "is not an ISO 8601 value")]
    [InlineData("", "the time value is empty")]
    public void Impossible_values_are_rejected_with_the_reason(string value, string reason)
    {
        ExpectedTime.Fails(IsoTimeValue.Parse(value), reason);
    }

    [Theory]
    [InlineData("2021-04-07", DatePrecision.Day, "2021-04-07")]
    [InlineData("2021-04-07", DatePrecision.Week, "2021-W14")]
    [InlineData("2021-01-01", DatePrecision.Week, "2020-W53")]
    [InlineData("2019-12-30", DatePrecision.Week, "2020-W01")]
    [InlineData("2021-04-07", DatePrecision.Month, "2021-04")]
    [InlineData("2021-04-07", DatePrecision.Quarter, "2021-Q2")]
    [InlineData("2021-04-07", DatePrecision.Year, "2021")]
    [InlineData("0987-06-05", DatePrecision.Year, "0987")]
    public void Units_format_as_iso_values(string date, DatePrecision unit, string expected)
    {
        Assert.Equal(expected, CalendarUnits.Format(ExpectedTime.Day(date), unit));
    }

    [Fact]
    public void Text_is_kept_on_the_parsed_point()
    {
        var result = IsoTimeValue.Parse("2020-01", "in January 2020");

        Assert.True(result.Succeeded);
        Assert.Equal("in January 2020", result.Point.Text);
    }

    [Fact]
    public void Formatted_units_parse_back_to_the_same_bounds()
    {
        var day = new DateOnly(2020, 1, 1);
        for (var i = 0; i < 800; i++, day = day.AddDays(1))
        {
            foreach (var unit in Enum.GetValues<DatePrecision>())
            {
                var unitPoint = TimePoint.UnitOf(day, unit);
                var parsed = IsoTimeValue.Parse(unitPoint.Value);
                Assert.True(parsed.Succeeded, parsed.Error);
                Assert.Equal(unitPoint, parsed.Point);
            }
        }
    }
}
