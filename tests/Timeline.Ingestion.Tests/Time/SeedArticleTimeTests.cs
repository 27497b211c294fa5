using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

/// <summary>
/// Every time expression of the two seed articles, each with its own publication date:
/// Al Jazeera, 2021-04-07 (a Wednesday), and NDTV/AFP, 2021-04-08 (a Thursday).
/// </summary>
public sealed class SeedArticleTimeTests
{
    private const string AlJazeera = "2021-04-07";
    private const string Ndtv = "2021-04-08";

    [Theory]
    // Al Jazeera: "the two countries said in a joint statement on Wednesday"
    [InlineData("on Wednesday", AlJazeera, "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    // "Wednesday's round centred on ..." and "during Wednesday's talks"
    [InlineData("Wednesday\u2019s", AlJazeera, "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    // "Later on Wednesday, Iraqi military spokesman ..."
    [InlineData("Later on Wednesday", AlJazeera, "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    // "The talks ... began in June under the Trump administration": June 2021 had not begun, so June 2020.
    [InlineData("in June", AlJazeera, "2020-06", DatePrecision.Month, "2020-06-01", "2020-06-30")]
    // "dipping to 2,500 by January 15"
    [InlineData("by January 15", AlJazeera, "2021-01-15", DatePrecision.Day, "2021-01-15", "2021-01-15")]
    // "in a US attack near Baghdad airport in January 2020"
    [InlineData("in January 2020", AlJazeera, "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31")]
    // NDTV: "The United States committed Wednesday" in an article of Thursday.
    [InlineData("Wednesday", Ndtv, "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07")]
    // "the second withdrawal since the 2003 invasion"
    [InlineData("2003", Ndtv, "2003", DatePrecision.Year, "2003-01-01", "2003-12-31")]
    // "Iraqi calls soared for a withdrawal of US troops in January 2020"
    [InlineData("in January 2020", Ndtv, "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31")]
    // "Biden in February ordered airstrikes against targets in Syria"
    [InlineData("in February", Ndtv, "2021-02", DatePrecision.Month, "2021-02-01", "2021-02-28")]
    // "with the number of US troops in each country dipping to 2,500 by January 15"
    [InlineData("by January 15", Ndtv, "2021-01-15", DatePrecision.Day, "2021-01-15", "2021-01-15")]
    // "But Obama sent troops back in 2014"
    [InlineData("in 2014", Ndtv, "2014", DatePrecision.Year, "2014-01-01", "2014-12-31")]
    // "A US envoy this week is taking part in indirect talks in Vienna"
    [InlineData("this week", Ndtv, "2021-W14", DatePrecision.Week, "2021-04-05", "2021-04-11")]
    // "The Biden administration last week granted the maximum extension to a sanctions waiver"
    [InlineData("last week", Ndtv, "2021-W13", DatePrecision.Week, "2021-03-29", "2021-04-04")]
    public void Seed_article_expressions_resolve_against_their_own_publication_date(
        string text, string published, string value, DatePrecision precision, string earliest, string latest)
    {
        var result = TimeExpressionResolver.Resolve(new TimeExpression { Text = text }, ExpectedTime.Day(published));

        ExpectedTime.Matches(result, value, precision, earliest, latest);
    }

    [Theory]
    // Al Jazeera: "Days after that incident, the Iraqi parliament voted ..." where the incident is
    // dated "in January 2020"; the real vote (2020-01-05) must lie inside the window.
    [InlineData("2020-01", "Days after that incident", "2020-01-02/2020-02-10", "2020-01-02", "2020-02-10")]
    // The same sentence with the killing dated to its day (3 January 2020) by an editor.
    [InlineData("2020-01-03", "Days after that incident", "2020-01-04/2020-01-13", "2020-01-04", "2020-01-13")]
    public void Days_after_that_incident_is_a_window_after_the_anchor(
        string anchorValue, string text, string value, string earliest, string latest)
    {
        var anchors = new Dictionary<string, TimePoint> { ["soleimani-killing"] = IsoTimeValue.Parse(anchorValue).Point! };
        var expression = new TimeExpression { Text = text, Anchor = "soleimani-killing" };

        var result = TimeExpressionResolver.Resolve(expression, ExpectedTime.Day(AlJazeera), anchors);

        ExpectedTime.Matches(result, value, DatePrecision.Day, earliest, latest);
        Assert.True(result.Point!.Earliest <= new DateOnly(2020, 1, 5) && new DateOnly(2020, 1, 5) <= result.Point.Latest);
    }

    [Theory]
    // "In his final months in office, Trump had ordered a drawdown": relative to a term of office, not a date.
    [InlineData("In his final months in office", AlJazeera)]
    [InlineData("in his final months", Ndtv)]
    // "near daily rocket fire" and "fire rockets nearly daily" repeat; they are not a time point.
    [InlineData("near daily", AlJazeera)]
    [InlineData("nearly daily", Ndtv)]
    public void Seed_article_expressions_without_a_date_fail_rather_than_guess(string text, string published)
    {
        var result = TimeExpressionResolver.Resolve(new TimeExpression { Text = text }, ExpectedTime.Day(published));

        ExpectedTime.Fails(result, $"'{text}' is not a time expression the resolver understands");
    }
}
