namespace Timeline.Neo4j.QueryApi;

/// <summary>Cypher ZONED TIME (typed JSON "Time"): a time of day with a UTC offset, e.g. 12:50:35.556+01:00.</summary>
public readonly record struct Neo4jOffsetTime(TimeOnly Time, TimeSpan Offset)
{
    public override string ToString() => Neo4jTemporalText.FormatTime(Time) + Neo4jTemporalText.FormatOffset(Offset);
}
