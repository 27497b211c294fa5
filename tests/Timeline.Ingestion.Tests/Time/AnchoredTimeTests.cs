using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

/// <summary>Expressions relative to another event of the same document (the anchor, given as an ISO value).</summary>
public sealed class AnchoredTimeTests
{
    [Theory]
    [InlineData("2020-01-03", "days after that incident", "2020-01-04/2020-01-13", DatePrecision.Day, "2020-01-04", "2020-01-13")]
    [InlineData("2020-01-03", "a few days later", "2020-01-04/2020-01-13", DatePrecision.Day, "2020-01-04", "2020-01-13")]
    [InlineData("2020-01-03", "days before the vote", "2019-12-24/2020-01-02", DatePrecision.Day, "2019-12-24", "2020-01-02")]
    [InlineData("2020-01-03", "weeks after", "2020-01-10/2020-02-28", DatePrecision.Day, "2020-01-10", "2020-02-28")]
    [InlineData("2020-01-03", "months after the killing", "2020-02-03/2021-01-03", DatePrecision.Day, "2020-02-03", "2021-01-03")]
    [InlineData("2020-01-03", "months earlier", "2019-01-03/2019-12-03", DatePrecision.Day, "2019-01-03", "2019-12-03")]
    [InlineData("2020-01-03", "later that month", "2020-01-04/2020-01-31", DatePrecision.Day, "2020-01-04", "2020-01-31")]
    [InlineData("2020-01-03", "earlier that month", "2020-01-01/2020-01-02", DatePrecision.Day, "2020-01-01", "2020-01-02")]
    [InlineData("2020-01-03", "later that day", "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03")]
    [InlineData("2020-01-03", "the same day", "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03")]
    [InlineData("2020-01-03", "that month", "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31")]
    [InlineData("2020-01-03", "the following day", "2020-01-04", DatePrecision.Day, "2020-01-04", "2020-01-04")]
    [InlineData("2020-01-03", "the next morning", "2020-01-04", DatePrecision.Day, "2020-01-04", "2020-01-04")]
    [InlineData("2020-01-03", "the day before", "2020-01-02", DatePrecision.Day, "2020-01-02", "2020-01-02")]
    [InlineData("2020-01-03", "the day after the strike", "2020-01-04", DatePrecision.Day, "2020-01-04", "2020-01-04")]
    [InlineData("2020-01-03", "the following week", "2020-W02", DatePrecision.Week, "2020-01-06", "2020-01-12")]
    [InlineData("2020-01-03", "the next month", "2020-02", DatePrecision.Month, "2020-02-01", "2020-02-29")]
    [InlineData("2020-01-03", "the next year", "2021", DatePrecision.Year, "2021-01-01", "2021-12-31")]
    [InlineData("2020-01-03", "the previous year", "2019", DatePrecision.Year, "2019-01-01", "2019-12-31")]
    [InlineData("2020-01-03", "a year later", "2021-01-03", DatePrecision.Day, "2021-01-03", "2021-01-03")]
    [InlineData("2020-01-03", "two weeks later", "2020-01-17", DatePrecision.Day, "2020-01-17", "2020-01-17")]
    [InlineData("2020-01-03", "3 days before the attack", "2019-12-31", DatePrecision.Day, "2019-12-31", "2019-12-31")]
    [InlineData("2020-01", "a year later", "2021-01", DatePrecision.Month, "2021-01-01", "2021-01-31")]
    [InlineData("2020-01", "a year earlier", "2019-01", DatePrecision.Month, "2019-01-01", "2019-01-31")]
    [InlineData("2020-01", "the following day", "2020-01-02/2020-02-01", DatePrecision.Day, "2020-01-02", "2020-02-01")]
    [InlineData("2020-01", "later that month", "2020-01-02/2020-01-31", DatePrecision.Day, "2020-01-02", "2020-01-31")]
    [InlineData("2020-01-31", "a month later", "2020-02-29", DatePrecision.Day, "2020-02-29", "2020-02-29")]
    [InlineData("2020-Q1", "a quarter later", "2020-Q2", DatePrecision.Quarter, "2020-04-01", "2020-06-30")]
    [InlineData("2021-W13", "a week later", "2021-W14", DatePrecision.Week, "2021-04-05", "2021-04-11")]
    [InlineData("2020", "the following month", "2020-02/2021-01", DatePrecision.Month, "2020-02-01", "2021-01-31")]
    public void Resolves_against_the_anchor_event(
        string anchorValue, string text, string value, DatePrecision precision, string earliest, string latest)
    {
        var anchors = new Dictionary<string, TimePoint> { ["e1"] = IsoTimeValue.Parse(anchorValue).Point! };

        var result = TimeExpressionResolver.Resolve(
            new TimeExpression { Text = text, Anchor = "e1" }, new DateOnly(2021, 4, 7), anchors);

        ExpectedTime.Matches(result, value, precision, earliest, latest);
    }

    [Fact]
    public void An_absolute_expression_ignores_its_anchor()
    {
        var anchors = new Dictionary<string, TimePoint> { ["e1"] = IsoTimeValue.Parse("2020-01-03").Point! };

        var result = TimeExpressionResolver.Resolve(
            new TimeExpression { Text = "in June 2020", Anchor = "e1" }, new DateOnly(2021, 4, 7), anchors);

        ExpectedTime.Matches(result, "2020-06", DatePrecision.Month, "2020-06-01", "2020-06-30");
    }
}
