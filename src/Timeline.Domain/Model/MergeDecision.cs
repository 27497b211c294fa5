namespace Timeline.Domain.Model;

/// <summary>A curator's verdict on two mentions.</summary>
public enum MergeDecision
{
    /// <summary>The two mentions denote the same entity: merge them whatever the rules say.</summary>
    Same,

    /// <summary>The two mentions denote different entities: never merge them.</summary>
    Different,
}
