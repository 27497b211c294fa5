namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>Waits for a page to reach a state, failing with what was awaited and what was last seen.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan timeout, string awaited, Func<string>? lastSeen, CancellationToken cancellationToken)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = probe();
            if (value is not null) return value;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {awaited}." + (lastSeen is null ? "" : $" Last seen: {lastSeen()}"));
            }
            await Task.Delay(250, cancellationToken);
        }
    }
}
