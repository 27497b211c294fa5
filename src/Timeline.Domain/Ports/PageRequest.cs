namespace Timeline.Domain.Ports;

/// <summary>
/// Relay-style keyset paging: <see cref="First"/> items after <see cref="After"/>, or
/// <see cref="Last"/> items before <see cref="Before"/>. Cursors are opaque strings the store issued.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The page size used when neither first nor last is given.</summary>
    public const int DefaultSize = 50;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxSize = 1000;

    /// <summary>Throws a clear error when the request is contradictory or out of range.</summary>
    public void Validate()
    {
        if (First is not null && Last is not null) throw new ArgumentException("Give either first or last, not both.");
        if (First is < 0 or > MaxSize) throw new ArgumentOutOfRangeException(nameof(First), First, $"first must be between 0 and {MaxSize}.");
        if (Last is < 0 or > MaxSize) throw new ArgumentOutOfRangeException(nameof(Last), Last, $"last must be between 0 and {MaxSize}.");
    }

    /// <summary>True when paging backwards from the end (last/before).</summary>
    public bool IsBackward => Last is not null || (First is null && Before is not null);

    /// <summary>The number of items wanted.</summary>
    public int Size => First ?? Last ?? DefaultSize;
}
