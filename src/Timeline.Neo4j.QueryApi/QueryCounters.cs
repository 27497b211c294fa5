namespace Timeline.Neo4j.QueryApi;

/// <summary>What a statement changed, returned when <see cref="Neo4jQuery.IncludeCounters"/> is set.</summary>
public sealed record QueryCounters
{
    public bool ContainsUpdates { get; init; }

    public long NodesCreated { get; init; }

    public long NodesDeleted { get; init; }

    public long PropertiesSet { get; init; }

    public long RelationshipsCreated { get; init; }

    public long RelationshipsDeleted { get; init; }

    public long LabelsAdded { get; init; }

    public long LabelsRemoved { get; init; }

    public long IndexesAdded { get; init; }

    public long IndexesRemoved { get; init; }

    public long ConstraintsAdded { get; init; }

    public long ConstraintsRemoved { get; init; }

    public bool ContainsSystemUpdates { get; init; }

    public long SystemUpdates { get; init; }
}
