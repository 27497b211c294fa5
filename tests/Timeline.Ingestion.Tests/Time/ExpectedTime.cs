using System.Globalization;
using Timeline.Domain.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

/// <summary>Compares a result with the expected ISO value, precision and bounds written as yyyy-MM-dd.</summary>
internal static class ExpectedTime
{
    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void Matches(TimePointResult result, string value, DatePrecision precision, string earliest, string latest)
    {
        Assert.True(result.Succeeded, "expected success but got: " + result.Error);
        Assert.Equal(value, result.Point.Value);
        Assert.Equal(precision, result.Point.Precision);
        Assert.Equal(Day(earliest), result.Point.Earliest);
        Assert.Equal(Day(latest), result.Point.Latest);
    }

    public static void Fails(TimePointResult result, string reasonPart)
    {
        Assert.False(result.Succeeded, "expected a failure but got " + result.Point?.Value);
        Assert.Contains(reasonPart, result.Error, StringComparison.Ordinal);
    }
}
