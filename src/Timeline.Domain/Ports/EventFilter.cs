namespace Timeline.Domain.Ports;

/// <summary>
/// Which events a timeline shows. Lists match any of their values; null or empty lists do not filter.
/// The window matches an event when its earliest..latest range overlaps From..To (bounds inclusive).
/// </summary>
public sealed record EventFilter
{
    public IReadOnlyList<string>? EntityIds { get; init; }
    public IReadOnlyList<string>? Types { get; init; }
    public IReadOnlyList<string>? PlaceIds { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? ArticleIds { get; init; }

    /// <summary>Full-text query over titles and summaries; words match by prefix.</summary>
    public string? Text { get; init; }

    public int? MinSources { get; init; }
    public int? MaxSources { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>No filter at all.</summary>
    public static EventFilter None { get; } = new();
}
