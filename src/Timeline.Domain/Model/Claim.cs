namespace Timeline.Domain.Model;

/// <summary>The provenance of a fact: which article states it, in which words.</summary>
/// <param name="ArticleId">The article that makes the claim.</param>
/// <param name="Quote">The passage that supports it.</param>
public sealed record Claim(string ArticleId, string Quote);
