using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

/// <summary>Absolute expressions and those resolved against the publication date (2021-04-07 is a Wednesday).</summary>
public sealed class PublicationRelativeTimeTests
{
    [Theory]
    // Absolute: the text carries its own year.
    [InlineData("in 2014", "2021-04-07", "2014", DatePrecision.Year, "2014-01-01", "2014-12-31")]
    [InlineData("2003", "2021-04-07", "2003", DatePrecision.Year, "2003-01-01", "2003-12-31")]
    [InlineData("January 2020", "2021-04-07", "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31")]
    [InlineData("in January 2020", "2021-04-07", "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31")]
    [InlineData("June 2020", "2021-04-07", "2020-06", DatePrecision.Month, "2020-06-01", "2020-06-30")]
    [InlineData("January 3, 2020", "2021-04-07", "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03")]
    [InlineData("3 January 2020", "2021-04-07", "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03")]
    [InlineData("on Jan. 3rd, 2020", "2021-04-07", "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03")]
    [InlineData("early 2020", "2021-04-07", "2020-01/2020-04", DatePrecision.Month, "2020-01-01", "2020-04-30")]
    [InlineData("mid-2020", "2021-04-07", "2020-05/2020-08", DatePrecision.Month, "2020-05-01", "2020-08-31")]
    [InlineData("late 2020", "2021-04-07", "2020-09/2020-12", DatePrecision.Month, "2020-09-01", "2020-12-31")]
    [InlineData("late January 2020", "2021-04-07", "2020-01-21/2020-01-31", DatePrecision.Day, "2020-01-21", "2020-01-31")]
    [InlineData("Q1 2020", "2021-04-07", "2020-Q1", DatePrecision.Quarter, "2020-01-01", "2020-03-31")]
    [InlineData("the third quarter of 2019", "2021-04-07", "2019-Q3", DatePrecision.Quarter, "2019-07-01", "2019-09-30")]
    [InlineData("the first half of 2020", "2021-04-07", "2020-Q1/2020-Q2", DatePrecision.Quarter, "2020-01-01", "2020-06-30")]
    [InlineData("2021-W13", "2021-04-07", "2021-W13", DatePrecision.Week, "2021-03-29", "2021-04-04")]
    // Days around publication.
    [InlineData("today", "2021-04-07", "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    [InlineData("yesterday", "2021-04-07", "2021-04-06", DatePrecision.Day, "2021-04-06", "2021-04-06")]
    [InlineData("Tomorrow", "2021-04-07", "2021-04-08", DatePrecision.Day, "2021-04-08", "2021-04-08")]
    [InlineData("last night", "2021-04-07", "2021-04-06", DatePrecision.Day, "2021-04-06", "2021-04-06")]
    // Weekdays: the latest on or before publication; "last" strictly before, "next" strictly after.
    [InlineData("Wednesday", "2021-04-07", "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    [InlineData("on Monday", "2021-04-07", "2021-04-05", DatePrecision.Day, "2021-04-05", "2021-04-05")]
    [InlineData("Thursday", "2021-04-07", "2021-04-01", DatePrecision.Day, "2021-04-01", "2021-04-01")]
    [InlineData("last Wednesday", "2021-04-07", "2021-03-31", DatePrecision.Day, "2021-03-31", "2021-03-31")]
    [InlineData("last Monday", "2021-04-07", "2021-04-05", DatePrecision.Day, "2021-04-05", "2021-04-05")]
    [InlineData("next Wednesday", "2021-04-07", "2021-04-14", DatePrecision.Day, "2021-04-14", "2021-04-14")]
    [InlineData("next Monday", "2021-04-07", "2021-04-12", DatePrecision.Day, "2021-04-12", "2021-04-12")]
    [InlineData("this Friday", "2021-04-07", "2021-04-09", DatePrecision.Day, "2021-04-09", "2021-04-09")]
    [InlineData("Sunday night", "2021-04-07", "2021-04-04", DatePrecision.Day, "2021-04-04", "2021-04-04")]
    // Weeks (ISO), months, quarters, years.
    [InlineData("this week", "2021-04-07", "2021-W14", DatePrecision.Week, "2021-04-05", "2021-04-11")]
    [InlineData("last week", "2021-04-07", "2021-W13", DatePrecision.Week, "2021-03-29", "2021-04-04")]
    [InlineData("next week", "2021-04-07", "2021-W15", DatePrecision.Week, "2021-04-12", "2021-04-18")]
    [InlineData("this week", "2021-01-01", "2020-W53", DatePrecision.Week, "2020-12-28", "2021-01-03")]
    [InlineData("last week", "2021-01-04", "2020-W53", DatePrecision.Week, "2020-12-28", "2021-01-03")]
    [InlineData("this month", "2021-04-07", "2021-04", DatePrecision.Month, "2021-04-01", "2021-04-30")]
    [InlineData("last month", "2021-04-07", "2021-03", DatePrecision.Month, "2021-03-01", "2021-03-31")]
    [InlineData("last month", "2021-01-15", "2020-12", DatePrecision.Month, "2020-12-01", "2020-12-31")]
    [InlineData("last quarter", "2021-04-07", "2021-Q1", DatePrecision.Quarter, "2021-01-01", "2021-03-31")]
    [InlineData("this year", "2021-04-07", "2021", DatePrecision.Year, "2021-01-01", "2021-12-31")]
    [InlineData("last year", "2021-04-07", "2020", DatePrecision.Year, "2020-01-01", "2020-12-31")]
    [InlineData("next year", "2021-04-07", "2022", DatePrecision.Year, "2022-01-01", "2022-12-31")]
    [InlineData("earlier this year", "2021-04-07", "2021-01-01/2021-04-06", DatePrecision.Day, "2021-01-01", "2021-04-06")]
    [InlineData("later this month", "2021-04-07", "2021-04-08/2021-04-30", DatePrecision.Day, "2021-04-08", "2021-04-30")]
    // Months and dates without a year: the latest occurrence on or before publication.
    [InlineData("in February", "2021-04-07", "2021-02", DatePrecision.Month, "2021-02-01", "2021-02-28")]
    [InlineData("in April", "2021-04-07", "2021-04", DatePrecision.Month, "2021-04-01", "2021-04-30")]
    [InlineData("in December", "2021-04-07", "2020-12", DatePrecision.Month, "2020-12-01", "2020-12-31")]
    [InlineData("January 15", "2021-04-07", "2021-01-15", DatePrecision.Day, "2021-01-15", "2021-01-15")]
    [InlineData("the 15th of January", "2021-04-07", "2021-01-15", DatePrecision.Day, "2021-01-15", "2021-01-15")]
    [InlineData("April 7", "2021-04-07", "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    [InlineData("April 8", "2021-04-07", "2020-04-08", DatePrecision.Day, "2020-04-08", "2020-04-08")]
    [InlineData("February 29", "2021-04-07", "2020-02-29", DatePrecision.Day, "2020-02-29", "2020-02-29")]
    public void Resolves_against_the_publication_date(
        string text, string published, string value, DatePrecision precision, string earliest, string latest)
    {
        var result = TimeExpressionResolver.Resolve(new TimeExpression { Text = text }, ExpectedTime.Day(published));

        ExpectedTime.Matches(result, value, precision, earliest, latest);
        Assert.Equal(text, result.Point!.Text);
    }

    [Fact]
    public void An_explicit_value_wins_over_the_text_which_is_kept()
    {
        var expression = new TimeExpression { Text = "in January 2020", Value = "2020-01-03" };

        var result = TimeExpressionResolver.Resolve(expression, new DateOnly(2021, 4, 7));

        ExpectedTime.Matches(result, "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03");
        Assert.Equal("in January 2020", result.Point!.Text);
    }
}
