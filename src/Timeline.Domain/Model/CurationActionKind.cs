namespace Timeline.Domain.Model;

/// <summary>What a curation action did.</summary>
public enum CurationActionKind
{
    /// <summary>A merge candidate was confirmed: its two entities became one.</summary>
    ConfirmMergeCandidate,

    /// <summary>A merge was undone: its two sides came apart.</summary>
    UndoMerge,

    /// <summary>Some mentions left an entity and formed their own.</summary>
    SplitEntity,

    /// <summary>An article and its claims were removed.</summary>
    RetractArticle,
}
