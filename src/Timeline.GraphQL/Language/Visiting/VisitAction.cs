namespace Timeline.GraphQL.Language;

/// <summary>What a visitor asks the walker to do next.</summary>
public enum VisitAction
{
    /// <summary>Go on: into the node's children when entering, to the next node when leaving.</summary>
    Continue,

    /// <summary>When entering: pass over this node's children (and its Leave).</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
