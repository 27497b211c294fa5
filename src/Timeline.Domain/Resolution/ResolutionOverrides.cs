namespace Timeline.Domain.Resolution;

/// <summary>Curation decisions about pairs of mentions; they take precedence over every automatic rule.</summary>
/// <param name="ConfirmedSame">Pairs of mention ids that denote the same entity: forces a merge.</param>
/// <param name="ConfirmedDifferent">Pairs of mention ids that denote different entities: forbids a merge and suppresses the candidate.</param>
public sealed record ResolutionOverrides(
    IReadOnlyList<(string MentionA, string MentionB)> ConfirmedSame,
    IReadOnlyList<(string MentionA, string MentionB)> ConfirmedDifferent)
{
    /// <summary>No curation decisions.</summary>
    public static ResolutionOverrides None { get; } = new([], []);
}
