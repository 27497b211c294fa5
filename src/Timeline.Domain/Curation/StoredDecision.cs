using Timeline.Domain.Resolution;

namespace Timeline.Domain.Curation;

/// <summary>A stored curation decision on two mentions (A ordinally before B).</summary>
public sealed record StoredDecision(string MentionA, string MentionB, bool Same, string? Note)
{
    /// <summary>The decisions as resolution takes them.</summary>
    public static ResolutionOverrides ToOverrides(IReadOnlyCollection<StoredDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return decisions.Count == 0
            ? ResolutionOverrides.None
            : new([.. decisions.Where(d => d.Same).Select(d => (d.MentionA, d.MentionB))],
                [.. decisions.Where(d => !d.Same).Select(d => (d.MentionA, d.MentionB))]);
    }
}
