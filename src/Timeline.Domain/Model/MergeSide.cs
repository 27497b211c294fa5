namespace Timeline.Domain.Model;

/// <summary>One side of a merge as it would stand apart: the entity its mentions would form alone.</summary>
/// <param name="EntityId">The id the side's entity would have apart (the id an undo gives it).</param>
/// <param name="Name">The name that entity would have.</param>
/// <param name="MentionIds">The side's mentions, ordinal order.</param>
/// <param name="ArticleIds">The articles of those mentions, ordinal order.</param>
public sealed record MergeSide(string EntityId, string Name, IReadOnlyList<string> MentionIds, IReadOnlyList<string> ArticleIds);
