namespace Timeline.Worker.Tests;

/// <summary>Bounded waits for what another thread or process is doing.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds; throws with <paramref name="describe"/> once <paramref name="timeout"/> passes.</summary>
    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still waiting after {timeout}: {describe()}");
            await Task.Delay(50, cancellationToken);
        }
    }

    public static Task WaitAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken) =>
        WaitAsync(() => Task.FromResult(condition()), timeout, describe, cancellationToken);
}
