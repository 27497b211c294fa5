namespace Timeline.Worker.Tests;

/// <summary>A clock the test moves by hand, for settle-time rules.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2021, 4, 7, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
