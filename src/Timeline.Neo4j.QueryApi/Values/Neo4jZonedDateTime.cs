namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Cypher ZONED DATETIME with a named zone, e.g. 2015-11-21T21:40:32.142+01:00[Europe/Berlin].
/// <see cref="DateTimeOffset"/> alone would drop the zone name, which Neo4j uses for later arithmetic.
/// </summary>
public readonly record struct Neo4jZonedDateTime(DateTimeOffset DateTime, string ZoneId)
{
    public override string ToString() => Neo4jTemporalText.FormatDateTimeOffset(DateTime) + "[" + ZoneId + "]";
}
