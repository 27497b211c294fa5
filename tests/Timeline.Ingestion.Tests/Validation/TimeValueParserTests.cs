using Timeline.Ingestion.Validation.Semantics;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class TimeValueParserTests
{
    [Theory]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-Q1", "2020-01-01", "2020-03-31")]
    [InlineData("2020-Q4", "2020-10-01", "2020-12-31")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2021-02", "2021-02-01", "2021-02-28")]
    [InlineData("2021-W13", "2021-03-29", "2021-04-04")]
    [InlineData("2020-W53", "2020-12-28", "2021-01-03")]
    [InlineData("2021-W01", "2021-01-04", "2021-01-10")]
    [InlineData("2021-04-07", "2021-04-07", "2021-04-07")]
    [InlineData("2020-06/2021-04-07", "2020-06-01", "2021-04-07")]
    [InlineData("2021-01/2021", "2021-01-01", "2021-12-31")]
    public void A_value_covers_the_days_of_its_precision(string value, string earliest, string latest)
    {
        Assert.True(TimeValueParser.TryParse(value, out var bounds, out var problem), problem);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), bounds.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), bounds.Latest);
    }

    [Theory]
    [InlineData("2021-02-29", "February 2021 has 28 days")]
    [InlineData("2021-04-31", "April 2021 has 30 days")]
    [InlineData("2021-W53", "2021 has 52 ISO weeks")]
    [InlineData("0000", "year 0")]
    [InlineData("0000-01-01/2020", "year 0")]
    [InlineData("2021-03/2021-01", "ends before it starts")]
    [InlineData("2021-01-02/2021-01-01", "ends before it starts")]
    public void A_value_the_calendar_lacks_is_refused_with_the_reason(string value, string reason)
    {
        Assert.False(TimeValueParser.TryParse(value, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
