namespace Timeline.Domain.Model;

/// <summary>What a relation connects.</summary>
public enum RelationEnds
{
    /// <summary>Two events (caused, responseTo, partOf, followedBy).</summary>
    Events,

    /// <summary>Two entities (memberOf, leads, partOf, alliedWith).</summary>
    Entities,
}
