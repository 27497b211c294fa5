using Timeline.Api.Feeds;
using Xunit;

namespace Timeline.Api.Tests.Feeds;

/// <summary>Dates as precisely as they are known: the feeds' labels and TimelineJS3 date objects for every precision.</summary>
public sealed class TimePartTests
{
    [Theory]
    [InlineData("2014", "2014")]
    [InlineData("2020-Q1", "Q1 2020")]
    [InlineData("2020-01", "January 2020")]
    [InlineData("2021-W13", "week 13 of 2021")]
    [InlineData("2021-04-07", "7 April 2021")]
    [InlineData("2009/2016", "2009 – 2016")]
    [InlineData("2020-01/2021-04", "January 2020 – April 2021")]
    public void The_label_says_the_date_as_precisely_as_it_is_known(string value, string label) =>
        Assert.Equal(label, TimePart.LabelOf(value));

    [Theory]
    [InlineData("2020-13")]
    [InlineData("April 2021")]
    [InlineData("2021-W5")]
    public void A_value_that_is_no_ISO_time_is_refused_naming_it(string value)
    {
        var error = Assert.ThrowsAny<Exception>(() => TimePart.LabelOf(value));

        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01", "MONTH", "2020-01-01", "2020-01-31", """{"year":2020,"month":1}""", null)]
    [InlineData("2014", "YEAR", "2014-01-01", "2014-12-31", """{"year":2014}""", null)]
    [InlineData("2021-04-07", "DAY", "2021-04-07", "2021-04-07", """{"year":2021,"month":4,"day":7}""", null)]
    [InlineData("2020-Q1", "QUARTER", "2020-01-01", "2020-03-31", """{"year":2020,"month":1}""", """{"year":2020,"month":3}""")]
    [InlineData("2021-W13", "WEEK", "2021-03-29", "2021-04-04", """{"year":2021,"month":3,"day":29}""", """{"year":2021,"month":4,"day":4}""")]
    [InlineData("2020-01-02/2020-02-10", "DAY", "2020-01-02", "2020-02-10", """{"year":2020,"month":1,"day":2}""", """{"year":2020,"month":2,"day":10}""")]
    public void TimelineJS_dates_go_down_to_the_precision_and_spans_get_an_end(string value, string precision, string earliest, string latest, string start, string? end)
    {
        var when = new FeedTime(value, precision, DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), null);

        var dates = TimelineJsDates.Of(when);

        Assert.Equal(start, dates.Start.ToJsonString());
        Assert.Equal(end, dates.End?.ToJsonString());
    }
}
