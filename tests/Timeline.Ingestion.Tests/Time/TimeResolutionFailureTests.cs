using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

/// <summary>Expressions that cannot be resolved fail with a reason naming them, instead of a guess.</summary>
public sealed class TimeResolutionFailureTests
{
    private static readonly IReadOnlyDictionary<string, TimePoint> YearAnchor =
        new Dictionary<string, TimePoint> { ["e1"] = IsoTimeValue.Parse("2020").Point! };

    [Theory]
    [InlineData("in his final months in office", null, null, "'in his final months in office' is not a time expression the resolver understands; give an explicit ISO 'value'")]
    [InlineData("last spring", null, null, "'last spring' is not a time expression")]
    [InlineData("the 2003 invasion", null, null, "'the 2003 invasion' is not a time expression")]
    [InlineData("days after that incident", null, null, "'days after that incident' is relative to another event: name that event's key in 'anchor'")]
    [InlineData("the following day", null, null, "is relative to another event")]
    [InlineData("days after that incident", null, "e9", "'days after that incident' is anchored on 'e9', which has no resolved time")]
    [InlineData("later that month", null, "e1", "'later that month' needs an anchor within a single month, but 'e1' is 2020 (2020-01-01 to 2020-12-31)")]
    [InlineData("February 30", null, null, "'February 30': February never has a day 30")]
    [InlineData("April 31, 2021", null, null, "'April 31, 2021': April 2021 has 30 days, so day 31 does not exist")]
    [InlineData("2021-W54", null, null, "ISO week-year 2021 has 52 weeks")]
    [InlineData("in January 2020", "2021-02-30", null, "'2021-02-30': February 2021 has 28 days")]
    [InlineData(null, "2021-W54", null, "'2021-W54': ISO week-year 2021 has 52 weeks, so week 54 does not exist")]
    [InlineData(null, "2021-Q5", null, "quarter 5 does not exist")]
    [InlineData(null, "2021-13", null, "month 13 does not exist")]
    [InlineData(null, "2021-04/2020-06", null, "ends (2020-06-30) before it starts (2021-04-01)")]
    [InlineData(null, " ", null, "'value' is present but empty")]
    [InlineData(null, null, null, "the time expression has neither 'text' nor 'value'")]
    [InlineData("  ", null, null, "the time expression has neither 'text' nor 'value'")]
    public void Unresolvable_expressions_fail_with_a_reason(string? text, string? value, string? anchor, string reason)
    {
        var expression = new TimeExpression { Text = text, Value = value, Anchor = anchor };

        var result = TimeExpressionResolver.Resolve(expression, new DateOnly(2021, 4, 7), YearAnchor);

        ExpectedTime.Fails(result, reason);
    }

    [Theory]
    [InlineData("earlier this year", "2021-01-01", "is empty: the publication date 2021-01-01 is the first day of its year")]
    [InlineData("later this month", "2021-04-30", "is empty: the publication date 2021-04-30 is the last day of its month")]
    [InlineData("next week", "9999-12-31", "falls outside the supported calendar")]
    public void Empty_or_out_of_calendar_periods_fail(string text, string published, string reason)
    {
        var result = TimeExpressionResolver.Resolve(new TimeExpression { Text = text }, ExpectedTime.Day(published));

        ExpectedTime.Fails(result, reason);
    }

    [Fact]
    public void Later_that_month_fails_when_the_anchor_ends_the_month()
    {
        var anchors = new Dictionary<string, TimePoint> { ["e1"] = IsoTimeValue.Parse("2020-01-31").Point! };

        var result = TimeExpressionResolver.Resolve(
            new TimeExpression { Text = "later that month", Anchor = "e1" }, new DateOnly(2021, 4, 7), anchors);

        ExpectedTime.Fails(result, "'later that month' leaves no day: 'e1' (2020-01-31) reaches the end of its month");
    }
}
