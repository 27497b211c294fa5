using System.Diagnostics.CodeAnalysis;

namespace Timeline.Domain.Time;

/// <summary>
/// Either a <see cref="TimePoint"/> or the reason none could be made. Bad input is reported, not
/// thrown, so a caller can attach the reason to the place in a document it came from.
/// </summary>
public sealed class TimePointResult
{
    private TimePointResult(TimePoint? point, string? error)
    {
        Point = point;
        Error = error;
    }

    /// <summary>The resolved time; set exactly when <see cref="Succeeded"/>.</summary>
    public TimePoint? Point { get; }

    /// <summary>Why no time could be made; set exactly when not <see cref="Succeeded"/>.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Point))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Point is not null;

    public static TimePointResult Success(TimePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new TimePointResult(point, null);
    }

    public static TimePointResult Failure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new TimePointResult(null, reason);
    }

    public override string ToString() => Succeeded ? Point.ToString() : "error: " + Error;
}
