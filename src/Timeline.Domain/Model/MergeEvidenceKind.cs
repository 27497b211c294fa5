namespace Timeline.Domain.Model;

/// <summary>What joined the two sides of a merge.</summary>
public enum MergeEvidenceKind
{
    /// <summary>Both sides carry the same external id ("wikidata:Q1163085").</summary>
    ExternalId,

    /// <summary>Both sides have a name whose normalised key is the same ("person:qasem sulaimani").</summary>
    NameKey,

    /// <summary>A document's sameAs entry names or identifies the other side.</summary>
    SameAs,

    /// <summary>A curator confirmed two mentions the same.</summary>
    CuratorDecision,
}
