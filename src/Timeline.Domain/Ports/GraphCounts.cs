namespace Timeline.Domain.Ports;

/// <summary>How big the graph is. Claims count every stored mention, report, participation and relation.</summary>
public sealed record GraphCounts(long Events, long Entities, long Articles, long Claims);
