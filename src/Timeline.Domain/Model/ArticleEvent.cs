using Timeline.Domain.Time;

namespace Timeline.Domain.Model;

/// <summary>An event as one article reports it.</summary>
/// <param name="Key">Key local to the article.</param>
/// <param name="Type">Lower-case event type.</param>
/// <param name="Title">The title as the article phrases it.</param>
/// <param name="Summary">A short summary, if given.</param>
/// <param name="When">The resolved time.</param>
/// <param name="PlaceKey">Local key of a place entity of the article, if any.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Quote">The passage that reports the event.</param>
public sealed record ArticleEvent(
    string Key,
    string Type,
    string Title,
    string? Summary,
    TimePoint When,
    string? PlaceKey,
    IReadOnlyList<string> Tags,
    string Quote);
