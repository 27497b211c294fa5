namespace Timeline.Storage.Sqlite.Tests.Curation;

/// <summary>A clock that starts at a fixed instant and moves one minute each time it is read.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _next = start;

    public List<DateTimeOffset> Readings { get; } = [];

    public override DateTimeOffset GetUtcNow()
    {
        var now = _next;
        _next = _next.AddMinutes(1);
        Readings.Add(now);
        return now;
    }
}
