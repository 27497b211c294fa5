namespace Timeline.Domain.Model;

/// <summary>A published article: the source every claim points back to.</summary>
/// <param name="Id">Stable id chosen by the publisher of the facts; a new version of the article keeps it.</param>
/// <param name="Url">Where the article is published, if known.</param>
/// <param name="Title">The article's headline.</param>
/// <param name="Publisher">Who published it, if known.</param>
/// <param name="Published">Publication date: the anchor of its relative time expressions.</param>
/// <param name="Language">BCP 47 language tag, if known.</param>
/// <param name="ContentHash">Fingerprint of the article's facts; equal hashes mean an unchanged version.</param>
public sealed record Article(
    string Id,
    string? Url,
    string Title,
    string? Publisher,
    DateOnly Published,
    string? Language,
    string ContentHash);
