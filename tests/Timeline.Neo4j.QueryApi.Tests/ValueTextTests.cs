using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

/// <summary>The text forms of durations, points and temporals that Neo4j writes, read and written back.</summary>
public sealed class ValueTextTests
{
    [Theory]
    [InlineData("P14DT16H12M", 0, 14, 58320, 0)]
    [InlineData("P1Y2M", 14, 0, 0, 0)]
    [InlineData("P2W", 0, 14, 0, 0)]
    [InlineData("PT0.000000001S", 0, 0, 0, 1)]
    [InlineData("PT-1.5S", 0, 0, -2, 500_000_000)]
    [InlineData("P-1M3DT-4H", -1, 3, -14400, 0)]
    [InlineData("PT0S", 0, 0, 0, 0)]
    public void Durations_parse_into_months_days_seconds_and_nanoseconds(string text, long months, long days, long seconds, int nanos)
    {
        var duration = Neo4jDuration.Parse(text);

        Assert.Equal((months, days, seconds, nanos), (duration.Months, duration.Days, duration.Seconds, duration.Nanoseconds));
    }

    [Theory]
    [InlineData(0, 14, 58320, 0, "P14DT16H12M")]
    [InlineData(14, 0, 0, 0, "P1Y2M")]
    [InlineData(0, 0, 0, 0, "PT0S")]
    [InlineData(0, 0, -2, 500_000_000, "PT-1.5S")]
    [InlineData(0, 0, 3661, 10, "PT1H1M1.00000001S")]
    public void Durations_format_as_Neo4j_does(long months, long days, long seconds, int nanos, string text)
    {
        Assert.Equal(text, new Neo4jDuration(months, days, seconds, nanos).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1.5D")]
    [InlineData("14 days")]
    public void Malformed_durations_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => Neo4jDuration.Parse(text));
    }

    [Fact]
    public void A_time_span_becomes_seconds_and_nanoseconds()
    {
        Assert.Equal(new Neo4jDuration(0, 0, -1, 750_000_000), Neo4jDuration.FromTimeSpan(TimeSpan.FromMilliseconds(-250)));
    }

    [Theory]
    [InlineData("SRID=4326;POINT (13.404954 52.520008)", 4326, 13.404954, 52.520008, null)]
    [InlineData("SRID=9157;POINT Z (1.0 2.0 3.0)", 9157, 1.0, 2.0, 3.0)]
    [InlineData("SRID=7203;POINT(1 -2.5E3)", 7203, 1.0, -2500.0, null)]
    public void Points_parse_from_extended_wkt(string text, int srid, double x, double y, double? z)
    {
        Assert.Equal(new Neo4jPoint(srid, x, y, z), Neo4jPoint.Parse(text));
    }

    [Theory]
    [InlineData("POINT (1 2)")]
    [InlineData("SRID=4326;POINT Z (1 2)")]
    [InlineData("SRID=4326;POINT (1)")]
    [InlineData("SRID=4326;POINT (a b)")]
    public void Malformed_points_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => Neo4jPoint.Parse(text));
    }

    [Fact]
    public void A_wgs84_point_takes_longitude_first()
    {
        Assert.Equal("SRID=4326;POINT (2.3522 48.8566)", Neo4jPoint.Wgs84(longitude: 2.3522, latitude: 48.8566).ToString());
    }

    [Theory]
    [InlineData("12:00", 12, 0, 0, 0L)]
    [InlineData("23:59:59", 23, 59, 59, 0L)]
    [InlineData("12:50:35.556", 12, 50, 35, 5_560_000L)]
    [InlineData("00:00:00.123456789", 0, 0, 0, 1_234_567L)]
    public void Times_of_day_parse_with_java_style_omitted_seconds_and_nanosecond_digits(string text, int h, int m, int s, long fractionTicks)
    {
        Assert.Equal(new TimeOnly(h, m, s).Add(TimeSpan.FromTicks(fractionTicks)), Neo4jTemporalText.ParseTime(text));
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("1:00")]
    [InlineData("12:00:")]
    [InlineData("12:00:00.")]
    [InlineData("12:00:00.1234567890")]
    public void Malformed_times_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => Neo4jTemporalText.ParseTime(text));
    }

    [Fact]
    public void Offset_date_times_accept_java_style_short_forms()
    {
        var value = Neo4jTemporalText.ParseOffsetOrZonedDateTime("2024-01-01T21:40-01:00");

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 0, TimeSpan.FromHours(-1)), value);
    }

    [Fact]
    public void A_zone_suffix_makes_a_zoned_date_time()
    {
        var value = Neo4jTemporalText.ParseOffsetOrZonedDateTime("2015-11-21T21:40:32.142+01:00[Europe/Berlin]");

        var zoned = Assert.IsType<Neo4jZonedDateTime>(value);
        Assert.Equal("Europe/Berlin", zoned.ZoneId);
        Assert.Equal(TimeSpan.FromHours(1), zoned.DateTime.Offset);
        Assert.Equal("2015-11-21T21:40:32.142+01:00[Europe/Berlin]", zoned.ToString());
    }

    [Theory]
    [InlineData("2015-11-21T21:40:32")]
    [InlineData("2015-11-21T21:40:32+01:00:30")]
    [InlineData("2015-11-21T21:40:32Z[")]
    public void Offset_date_times_without_a_usable_offset_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => Neo4jTemporalText.ParseOffsetOrZonedDateTime(text));
    }
}
