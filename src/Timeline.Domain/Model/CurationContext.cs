namespace Timeline.Domain.Model;

/// <summary>Who performs a curation action and why; recorded in the curation log.</summary>
/// <param name="Actor">The curator's name (not empty).</param>
/// <param name="Note">Why, if the curator says.</param>
public sealed record CurationContext(string Actor, string? Note);
