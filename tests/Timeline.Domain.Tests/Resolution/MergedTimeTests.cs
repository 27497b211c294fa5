using Timeline.Domain.Resolution;
using Timeline.Domain.Time;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

public sealed class MergedTimeTests
{
    private static EventReport At(string id, TimePoint when) => Report("article-" + id, id, "strike", "Strike", when, null, "x");

    [Fact]
    public void The_finest_report_inside_the_others_is_used_as_written()
    {
        var day = Day("2020-01-03") with { Text = "on Friday" };

        var merged = MergedTime.Of([At("a", Year(2020)), At("b", Month("2020-01")), At("c", day)]);

        Assert.Equal(day, merged);
    }

    [Fact]
    public void An_intersection_no_report_states_is_written_as_a_day_range_at_the_finest_precision()
    {
        // ISO week 2020-W01 runs from 30 December 2019 to 5 January 2020.
        var week = new TimePoint("2020-W01", DatePrecision.Week, new DateOnly(2019, 12, 30), new DateOnly(2020, 1, 5));

        var merged = MergedTime.Of([At("a", week), At("b", Month("2020-01"))]);

        Assert.Equal(new TimePoint("2020-01-01/2020-01-05", DatePrecision.Week, new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 5)), merged);
    }

    [Fact]
    public void An_intersection_of_one_day_is_a_day()
    {
        var week = new TimePoint("2020-W01", DatePrecision.Week, new DateOnly(2019, 12, 30), new DateOnly(2020, 1, 5));
        var days = new TimePoint("2019-12-01/2019-12-30", DatePrecision.Day, new DateOnly(2019, 12, 1), new DateOnly(2019, 12, 30));

        var merged = MergedTime.Of([At("a", week), At("b", days)]);

        Assert.Equal(new TimePoint("2019-12-30", DatePrecision.Day, new DateOnly(2019, 12, 30), new DateOnly(2019, 12, 30)), merged);
    }

    [Fact]
    public void Disjoint_times_have_no_merged_time() =>
        Assert.Null(MergedTime.Of([At("a", Day("2021-04-07")), At("b", Day("2021-04-08"))]));
}
