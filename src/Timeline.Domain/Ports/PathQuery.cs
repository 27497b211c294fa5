namespace Timeline.Domain.Ports;

/// <summary>
/// The <see cref="K"/> shortest simple paths between two entities, at most <see cref="MaxHops"/>
/// edges long, through events (entity, event, entity) and entity relations.
/// </summary>
public sealed record PathQuery(string FromEntityId, string ToEntityId, int MaxHops = 4, int K = 3)
{
    /// <summary>Throws a clear error for out-of-range limits.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(FromEntityId)) throw new ArgumentException("from must not be empty.", nameof(FromEntityId));
        if (string.IsNullOrWhiteSpace(ToEntityId)) throw new ArgumentException("to must not be empty.", nameof(ToEntityId));
        if (MaxHops is < 1 or > 8) throw new ArgumentOutOfRangeException(nameof(MaxHops), MaxHops, "maxHops must be between 1 and 8.");
        if (K is < 1 or > 50) throw new ArgumentOutOfRangeException(nameof(K), K, "k must be between 1 and 50.");
    }
}
